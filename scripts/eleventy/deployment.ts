import { httpsUrl } from "../schemas/common.ts";
import type { Site } from "../schemas/site.ts";
import type { EleventyConfig } from "./config-types.ts";
import { validated } from "./validation.ts";

/** Where the built site will be published: canonical links, the sitemap, feeds and Open Graph start from here. */
export interface Deployment {
  /** The public address of the site's root, path prefix included, ending in "/": `https://example.github.io/study-japan/`. */
  base: string;
  /** Eleventy's path prefix (`--pathprefix`), "/" when the site is at the root of its host. */
  pathPrefix: string;
}

/** `https://host` and `/study-japan/` (or `study-japan`) give `https://host/study-japan/`. */
export function deploymentBase(siteUrl: string, pathPrefix = "/"): string {
  const trimmed = pathPrefix.replace(/^\/+|\/+$/g, "");
  return new URL(trimmed ? `/${trimmed}/` : "/", siteUrl).href;
}

/** A site URL as Eleventy writes it (`/en/students/`, without the prefix), made absolute for the published site. */
export const absoluteUrl = (deployment: Deployment, url: string): string => new URL(url.replace(/^\//, ""), deployment.base).href;

/**
 * `site.url` from `_data/site.json`, unless SITE_URL names another host for one build (a fork's GitHub Pages).
 * A bad SITE_URL stops the build with one line, like a mistake in a data file.
 */
export function publicSiteUrl(siteJsonUrl: string, env = process.env): string {
  const override = env.SITE_URL;
  if (override === undefined || override === "") return siteJsonUrl;
  const checked = httpsUrl.safeParse(override);
  if (!checked.success) throw new Error(`SITE_URL (environment) › "${override}": ${checked.error.issues[0]?.message ?? "is not an https:// address"}`);
  return checked.data;
}

/** Exposes `deployment` to every template; read when rendering, after Eleventy has taken in --pathprefix. */
export function deployment(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addGlobalData("deployment", (): Deployment => {
    const site = validated.current?.data.get("_data/site.json") as Site | undefined;
    if (!site) throw new Error("_data/site.json was not validated before rendering");
    const pathPrefix = eleventyConfig.pathPrefix ?? "/";
    return { base: deploymentBase(publicSiteUrl(site.url), pathPrefix), pathPrefix };
  });
}
