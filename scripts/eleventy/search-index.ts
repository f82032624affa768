import { rename, rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import type { SiteContent } from "#content/validate.ts";
import { LANGUAGES } from "#schemas/languages.ts";
import { siteEntries } from "#view/entries.ts";
import { pageTree } from "#view/page-tree.ts";
import type { BuildTimings } from "./build-summary.ts";
import type { CheckedContent } from "./checked-content.ts";
import type { EleventyConfig } from "./config-types.ts";

type CustomRecord = Parameters<pagefind.PagefindIndex["addCustomRecord"]>[0];

/** Each Center, scholarship and dated event becomes a search result of its own, pointing at its entry. */
export function dataRecords(content: SiteContent): CustomRecord[] {
  const tree = pageTree(content.pages);
  return LANGUAGES.flatMap((lang) =>
    siteEntries(content, tree, lang).map((entry) => ({
      url: entry.url,
      language: lang,
      content: [entry.title, ...entry.searchText].join("\n"),
      meta: { title: entry.title },
      filters: { type: [entry.kind], section: [entry.section] },
    })),
  );
}

async function check<T extends { errors: string[] }>(step: string, response: Promise<T>): Promise<T> {
  const result = await response;
  if (result.errors.length) throw new Error(`Pagefind could not ${step}: ${result.errors.join("; ")}`);
  return result;
}

/** Indexes every page of the built site and the Centers and scholarships, and writes the index to `outputPath`. */
async function indexSite(content: SiteContent, site: string, outputPath: string): Promise<void> {
  const { index } = await check("start", pagefind.createIndex({}));
  if (!index) throw new Error("Pagefind returned no index");
  await check("index the pages", index.addDirectory({ path: site }));
  await Promise.all(dataRecords(content).map((record) => check(`index ${record.url}`, index.addCustomRecord(record))));
  await check("write the index", index.writeFiles({ outputPath }));
}

/**
 * After Eleventy writes the pages, Pagefind (in its own process) indexes the output folder, one index per language,
 * plus the data records. Handing it each page as Eleventy rendered it was tried, and was slower at 4,000 pages
 * (28 s against 20 s): Pagefind reads and parses a folder on several threads, but takes handed pages one by one.
 * Watch mode indexes in the background: the edited page reloads at once, and the new index replaces the old one
 * whole when it is ready.
 */
export function searchIndex(
  eleventyConfig: EleventyConfig,
  { content, timings }: { content: CheckedContent; timings: BuildTimings },
): void {
  const background = backgroundIndexer();
  eleventyConfig.on("eleventy.after", async ({ directories, runMode }) => {
    if (runMode !== "build") return background(content.current, directories.output);
    const started = performance.now();
    try {
      await indexSite(content.current, directories.output, path.join(directories.output, "pagefind"));
      timings.search = (performance.now() - started) / 1000;
    } finally {
      await pagefind.close();
    }
  });
}

/** Rebuilds the index from the output folder into a sibling folder, then swaps it in; edits during a run queue one more. */
function backgroundIndexer(): (content: SiteContent, output: string) => void {
  let running = false;
  let again: SiteContent | undefined;
  const run = (content: SiteContent, output: string): void => {
    if (running) {
      again = content;
      return;
    }
    running = true;
    const started = performance.now();
    void (async () => {
      const next = path.join(output, "pagefind.next");
      const live = path.join(output, "pagefind");
      const old = path.join(output, "pagefind.old");
      try {
        await rm(next, { recursive: true, force: true });
        await indexSite(content, output, next);
        await rm(old, { recursive: true, force: true });
        await rename(live, old).catch(() => {});
        await rename(next, live);
        await rm(old, { recursive: true, force: true });
        console.log(`[search] index updated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      } catch (error) {
        console.error(`[search] the index was not updated: ${(error as Error).message}`);
      } finally {
        await pagefind.close();
        running = false;
        const queued = again;
        again = undefined;
        if (queued) run(queued, output);
      }
    })();
  };
  return run;
}
