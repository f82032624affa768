import { getOrMake } from "#lib/get-or-make.ts";

/** Where the built site will be published: canonical links, the sitemap, feeds and Open Graph start from here. */
export interface Deployment {
  /** The public address of the site's root, path prefix included, ending in "/": `https://example.github.io/study-japan/`. */
  base: string;
  /** Eleventy's path prefix (`--pathprefix`), "/" when the site is at the root of its host. */
  pathPrefix: string;
}

// Every page names itself and each of its translations absolutely, so a build asks for each URL about eight times;
// parsing it once per deployment (one per Eleventy run) is enough.
const made = new WeakMap<Deployment, Map<string, string>>();

/** A site URL as Eleventy writes it (`/en/students/`, without the prefix), made absolute for the published site. */
export const absoluteUrl = (deployment: Deployment, url: string): string =>
  getOrMake(
    getOrMake(made, deployment, () => new Map<string, string>()),
    url,
    () => new URL(url.replace(/^\//, ""), deployment.base).href,
  );
