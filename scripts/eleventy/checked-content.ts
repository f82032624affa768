import path from "node:path";
import { ContentError } from "#content/problems.ts";
import { type PageCache, type SiteContent, type ValidPage, validateProject } from "#content/validate.ts";
import { todayInJapan } from "#lib/japan-time.ts";
import type { EleventyConfig } from "./config-types.ts";

/**
 * The one validation pass of the current build. `.eleventy.ts` makes one and hands it to every plugin that needs
 * the site's data, so what they receive is the frozen output of the schemas, never a second parse of the files.
 */
export class CheckedContent {
  readonly root: string;
  #current: SiteContent | undefined;
  #markdown: ReadonlyMap<string, string> = new Map();
  #pages: ReadonlyMap<string, ValidPage> = new Map();
  /** Watch mode reads again only the pages that changed since the last check (see `changed`). */
  readonly #cache: PageCache = new Map();
  /** Counts the watcher's reports: an incremental check answers for the files as they were at one count. */
  #edits = 0;
  #lastCheck: { edits: number; day: string; result: Promise<SiteContent> } | undefined;
  /** Checks started, and the one whose content is current: an older check that ends last must not replace it. */
  #runs = 0;
  #currentRun = 0;

  constructor(root: string) {
    this.root = root;
  }

  /** The checked content of this build; asking before the check ran is a bug in the plugin order. */
  get current(): SiteContent {
    if (!this.#current) throw new Error("The site's content was used before it was checked: add the contentValidation plugin first");
    return this.#current;
  }

  /**
   * A checked page's Markdown, by its file relative to the project root; a file the checks never saw is a bug (a
   * page Eleventy found that the checks did not list).
   */
  markdownOf(file: string): string {
    const markdown = this.#markdown.get(file);
    if (markdown === undefined) throw new Error(`${file} was not among the checked pages`);
    return markdown;
  }

  /** A checked page by its file, relative to the project root (see `markdownOf`). */
  pageOf(file: string): ValidPage {
    const page = this.#pages.get(file);
    if (!page) throw new Error(`${file} was not among the checked pages`);
    return page;
  }

  /** Whether this build's content has been checked (the build command checks once, before its Eleventy runs). */
  get checked(): boolean {
    return this.#current !== undefined;
  }

  /** Files the watcher saw change (paths as Eleventy gives them): their pages are read and checked again. */
  changed(files: readonly string[]): void {
    for (const file of files) this.#cache.delete(path.relative(this.root, path.resolve(this.root, file)).split(path.sep).join("/"));
    this.#edits++;
  }

  /**
   * Checks every data file and page; a mistake throws one report of every problem, and the last good content stays.
   * Incremental checks (watch mode) are shared: `npm start` runs one Eleventy per part of the site, and every run
   * that rebuilds before the next edit gets the same answer.
   */
  check({ incremental }: { incremental: boolean }): Promise<SiteContent> {
    if (!incremental) return this.#run(undefined);
    const day = todayInJapan().toISODate()!;
    if (this.#lastCheck?.edits !== this.#edits || this.#lastCheck.day !== day) {
      this.#lastCheck = { edits: this.#edits, day, result: this.#run(this.#cache) };
    }
    return this.#lastCheck.result;
  }

  async #run(cache: PageCache | undefined): Promise<SiteContent> {
    const run = ++this.#runs;
    const validation = await validateProject(this.root, cache);
    if (!validation.content) throw new ContentError(validation.problems);
    if (run > this.#currentRun) {
      this.#current = validation.content;
      this.#markdown = validation.markdown ?? new Map();
      this.#pages = new Map(validation.content.pages.map((page) => [page.file, page]));
      this.#currentRun = run;
    }
    return validation.content;
  }
}

/** Checks every data file and page before Eleventy renders anything; a mistake stops the build with one report. */
export function contentValidation(eleventyConfig: EleventyConfig, { content }: { content: CheckedContent }): void {
  eleventyConfig.on("eleventy.before", async ({ runMode }) => {
    // A one-off build checks once for all of its runs; watch mode checks again before every rebuild.
    if (runMode === "build" && content.checked) return;
    await content.check({ incremental: runMode !== "build" });
  });
  eleventyConfig.on("eleventy.beforeWatch", (files: string[]) => content.changed(files));
  // The data files are read here, not by Eleventy (whose data folder stays empty): watch them for npm start.
  eleventyConfig.addWatchTarget("_data/");
}
