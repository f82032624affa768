import { httpsUrl } from "#schemas/common.ts";
import type { Deployment } from "#view/absolute-url.ts";
import type { CheckedContent } from "./checked-content.ts";
import type { EleventyConfig } from "./config-types.ts";

/** `https://host` and `/study-japan/` (or `study-japan`) give `https://host/study-japan/`. */
function deploymentBase(siteUrl: string, pathPrefix = "/"): string {
  const trimmed = pathPrefix.replace(/^\/+|\/+$/g, "");
  return new URL(trimmed ? `/${trimmed}/` : "/", siteUrl).href;
}

/**
 * `site.url` from `_data/site.json`, unless SITE_URL names another host for one build (a fork's GitHub Pages).
 * A bad SITE_URL stops the build with one line, like a mistake in a data file.
 */
function publicSiteUrl(siteJsonUrl: string, env = process.env): string {
  const override = env.SITE_URL;
  if (override === undefined || override === "") return siteJsonUrl;
  const checked = httpsUrl.safeParse(override);
  if (!checked.success)
    throw new Error(`SITE_URL (environment) › "${override}": ${checked.error.issues[0]?.message ?? "is not an https:// address"}`);
  return checked.data;
}

/** Exposes `deployment` to every template; read when rendering, after Eleventy has taken in --pathprefix. */
export function deployment(eleventyConfig: EleventyConfig, { content }: { content: CheckedContent }): void {
  eleventyConfig.addGlobalData("deployment", (): Deployment => {
    const pathPrefix = eleventyConfig.pathPrefix ?? "/";
    return { base: deploymentBase(publicSiteUrl(content.current.site.url), pathPrefix), pathPrefix };
  });
}
