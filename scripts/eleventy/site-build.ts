import type { Lang } from "#schemas/languages.ts";
import { SiteAssets } from "./assets.ts";
import { CheckedContent } from "./checked-content.ts";
import type { EleventyConfig } from "./config-types.ts";

/**
 * Which part of the site one Eleventy run writes: one language's pages, or the files shared by every language (the
 * root pages, sitemap, feeds, calendars, assets and host headers). `npm run build` renders the parts one after
 * another, so that Pagefind indexes each language while Eleventy renders the next one, and no process holds the
 * whole site at once. `npm start` renders the whole site in one run.
 */
export type SitePart = { lang: Lang } | "shared";

/** What the Eleventy runs of one build share: content checked once, assets built once. */
export interface SiteBuild {
  content: CheckedContent;
  assets: SiteAssets;
  /** Absent: the whole site, in one run. */
  part?: SitePart;
}

/** Whether this run writes the files shared by all languages. */
export const writesSharedFiles = ({ part }: SiteBuild) => part === undefined || part === "shared";

/**
 * Eleventy loads `.eleventy.ts` itself and calls it with its configuration object only; the build command hands a
 * run its `SiteBuild` on that object, through the `config` callback that Eleventy runs just before the file.
 */
const SITE_BUILD = Symbol.for("study-japan.site-build");
type Carrier = EleventyConfig & { [SITE_BUILD]?: SiteBuild };

export function handSiteBuild(eleventyConfig: EleventyConfig, build: SiteBuild): void {
  (eleventyConfig as Carrier)[SITE_BUILD] = build;
}

export function siteBuildOf(eleventyConfig: EleventyConfig, root: string): SiteBuild {
  return (eleventyConfig as Carrier)[SITE_BUILD] ?? { content: new CheckedContent(root), assets: new SiteAssets(root) };
}
