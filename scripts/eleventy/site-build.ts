import Eleventy, { type EleventyOptions } from "@11ty/eleventy";
import { LANGUAGES, type Lang } from "#schemas/languages.ts";
import { SiteAssets } from "./assets.ts";
import { CheckedContent } from "./checked-content.ts";
import type { EleventyConfig } from "./config-types.ts";
import { BackgroundIndexer } from "./search-index.ts";

/**
 * Which part of the site one Eleventy run writes: one language's pages, or the files shared by every language (the
 * root pages, sitemap, feeds, calendars, assets and host headers). `npm run build` renders the parts one after
 * another, so that Pagefind indexes each language while Eleventy renders the next one, and no process holds the
 * whole site at once. `npm start` keeps one watching run per part, so an edit is rebuilt by its own part alone.
 */
export type SitePart = { lang: Lang } | "shared";

/**
 * The shared files first, then each language. English first and the shared files second let Pagefind start
 * sooner (4k: 0.3 s shorter on average over six pairs of builds), but at 16,000 pages the sitemap and feeds were then
 * made beside Pagefind's first index, on a heap already grown by a language: 2.67-2.69 GB at once against
 * 2.23-2.45 GB, with no clear gain in time (two pairs of builds). Memory has the smaller margin, so this order stays.
 * Since the renderer yields to Pagefind (scripts/cli/build-site.ts), the order matters even less: shared files first,
 * second or last took the same time at 4,000 pages (14.0-15.4 s, four calm rounds each) and at 16,000 pages peaked
 * at 1.93-2.38 GB, whichever came first.
 */
export const SITE_PARTS: readonly SitePart[] = ["shared", ...LANGUAGES.map((lang) => ({ lang }))];

/** What the Eleventy runs of one build share: content checked once, assets built once. */
export interface SiteBuild {
  content: CheckedContent;
  assets: SiteAssets;
  /** Absent: the whole site, in one run. */
  part?: SitePart;
  /** `npm start`'s search index, made again after each rebuild (a one-off build indexes each language itself). */
  indexer?: BackgroundIndexer;
}

/** Whether this run writes the files shared by all languages. */
export const writesSharedFiles = ({ part }: SiteBuild) => part === undefined || part === "shared";

/** The languages whose pages this run writes. */
export const languagesOf = ({ part }: SiteBuild): readonly Lang[] =>
  part === undefined ? LANGUAGES : part === "shared" ? [] : [part.lang];

/**
 * Eleventy loads `.eleventy.ts` itself and calls it with its configuration object only; `npm run build` and
 * `npm start` hand each run its `SiteBuild` on that object, through the `config` callback that Eleventy runs just
 * before the file (`eleventyRun`).
 */
const SITE_BUILD = Symbol.for("study-japan.site-build");
type Carrier = EleventyConfig & { [SITE_BUILD]?: SiteBuild };

function handSiteBuild(eleventyConfig: EleventyConfig, build: SiteBuild): void {
  (eleventyConfig as Carrier)[SITE_BUILD] = build;
}

/**
 * An Eleventy run of one part of the build, with the project's configuration; `configure` adds to it what only this
 * caller needs (the dev server's live reload).
 */
export function eleventyRun(
  build: SiteBuild,
  {
    output,
    configure,
    ...options
  }: Omit<EleventyOptions, "config" | "configPath"> & {
    output?: string;
    configure?: (eleventyConfig: EleventyConfig) => void;
  } = {},
): Eleventy {
  return new Eleventy(undefined, output, {
    configPath: ".eleventy.ts",
    quietMode: true,
    ...options,
    config: (eleventyConfig) => {
      handSiteBuild(eleventyConfig, build);
      configure?.(eleventyConfig);
    },
  });
}

/** The build handed to this run, or (Eleventy started on its own) the whole site, with its search index under watch. */
export function siteBuildOf(eleventyConfig: EleventyConfig, root: string): SiteBuild {
  const handed = (eleventyConfig as Carrier)[SITE_BUILD];
  if (handed) return handed;
  return { content: new CheckedContent(root), assets: new SiteAssets(root), indexer: new BackgroundIndexer() };
}
