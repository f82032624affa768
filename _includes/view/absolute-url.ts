import { getOrMake } from "#lib/get-or-make.ts";

/** Where the built site will be published: canonical links, the sitemap, feeds and Open Graph start from here. */
export interface Deployment {
  /** The public address of the site's root, path prefix included, ending in "/": `https://example.github.io/study-japan/`. */
  base: string;
  /** Eleventy's path prefix (`--pathprefix`), "/" when the site is at the root of its host. */
  pathPrefix: string;
}

// Every page names itself and each of its translations absolutely, so a build asks for each URL about eight times;
// parsing it once per public address is enough. Kept by the address, not by the deployment object: Eleventy's data
// cascade hands each page its own copy of that object, and a cache keyed on it missed every time (at 4,000 pages,
// 3 % of the build's main thread went on parsing the same URLs again).
const made = new Map<string, Map<string, string>>();

/** A site URL as Eleventy writes it (`/en/students/`, without the prefix), made absolute for the published site. */
export const absoluteUrl = (deployment: Deployment, url: string): string =>
  getOrMake(
    getOrMake(made, deployment.base, () => new Map<string, string>()),
    url,
    () => new URL(url.replace(/^\//, ""), deployment.base).href,
  );
