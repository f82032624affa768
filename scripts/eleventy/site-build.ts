import Eleventy, { type EleventyOptions } from "@11ty/eleventy";
import { LANGUAGES, type Lang } from "#schemas/languages.ts";
import { type CompiledBuild, compiledFile } from "#tooling/compiled-build.mjs";
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
 * The order the languages are rendered in, and so indexed. Japanese and Chinese make Pagefind's largest indexes (at
 * 4,000 pages 280 and 250 MB, against 80-130 MB for the others), and Pagefind indexes two languages at a time: next
 * to each other, they were indexed side by side, and at 16,000 pages the build peaked at 2.43 GB, 0.98 times
 * Pagefind's own peak alone on the same site. With Nepali between them, it peaked at 1.84-2.11 GB (0.74-0.83 times,
 * 3 benches; the Pagefind processes at 1.25-1.54 GB together, against 1.94). Nor was it slower: at 16,000 pages, 6 of
 * 9 alternating pairs of builds on a RAM disk and 3 of 3 on ext4 were quicker this way (the bench's ratio to the
 * floor, though, was 0.95 in the one bench before and 1.06 and 1.10 in the two after); at 4,000 pages 4 of 6 pairs
 * were, though their median was slower (11.6 s against 10.9 s, on a machine whose speed drifted by a fifth
 * meanwhile), and the bench's ratio to the floor, 0.99-1.08 in 4 benches before, was 0.94, 0.96 and 1.07 in 3
 * after. English comes first: its index is the quickest, so Pagefind's first language is done before the
 * next is written. A language missing here (one just added) comes last, rather than not at all.
 */
const RENDER_ORDER: readonly Lang[] = ["en", "ja", "ne", "zh-hans", "vi", "ko"];
const renderRank = (lang: Lang) => (RENDER_ORDER.includes(lang) ? RENDER_ORDER.indexOf(lang) : RENDER_ORDER.length);

/**
 * Each language, then the shared files. Pagefind is the build's longer path: a language takes it 0.6-1.7 s alone at
 * 4,000 pages (Japanese and Chinese the longest), 6.3 s in all, and it can only start once the first language is
 * written. With the shared files first, Pagefind waited for them (0.6 s at 4,000 pages) and then ran alone for its
 * last 1.4-1.9 s; last, they are rendered while Pagefind indexes the last language, and both end together
 * (4,000 pages on a RAM disk, three pairs of builds: 9.45-9.73 s against 9.49-10.50 s). Earlier orders were chosen
 * for memory at 16,000 pages, where the shared files made beside Pagefind's first index raised the peak; made beside
 * its last, the build peaked at 1.73 GB, 0.69 times Pagefind's own peak alone on the same site. Since Pagefind indexes
 * two languages at a time, the rendering is the longer path at 4,000 pages, and the build ends with the last
 * language's index. Rendering Japanese first and English last (the quickest to index) was no faster: 3 of 6
 * alternating pairs.
 */
export const SITE_PARTS: readonly SitePart[] = [
  // A stable sort: languages missing from RENDER_ORDER keep their own order, after the others.
  ...[...LANGUAGES].sort((a, b) => renderRank(a) - renderRank(b)).map((lang) => ({ lang })),
  "shared",
];

/** What the Eleventy runs of one build share: content checked once, assets built once. */
export interface SiteBuild {
  content: CheckedContent;
  assets: SiteAssets;
  /** Absent: the whole site, in one run. */
  part?: SitePart;
  /** `npm start`'s search index, made again after each rebuild (a one-off build indexes each language itself). */
  indexer?: BackgroundIndexer;
  /** The build command's compiled code: the configuration and templates are loaded from it, not from TypeScript. */
  compiled?: CompiledBuild;
}

/** Whether this run writes the files shared by all languages. */
export const writesSharedFiles = ({ part }: SiteBuild) => part === undefined || part === "shared";

/** The languages whose pages this run writes. */
export const languagesOf = ({ part }: SiteBuild): readonly Lang[] =>
  part === undefined ? LANGUAGES : part === "shared" ? [] : [part.lang];

const CONFIG = ".eleventy.ts";

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
    configPath: build.compiled ? compiledFile(build.compiled, CONFIG) : CONFIG,
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
