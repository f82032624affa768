import { rename, rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import type { SiteContent } from "#content/validate.ts";
import { LANGUAGES, type Lang } from "#schemas/languages.ts";
import { siteEntries } from "#view/entries.ts";
import { pageTree } from "#view/page-tree.ts";
import type { CheckedContent } from "./checked-content.ts";
import type { EleventyConfig } from "./config-types.ts";

type CustomRecord = Parameters<pagefind.PagefindIndex["addCustomRecord"]>[0];

/** Each Center, scholarship and dated event becomes a search result of its own, pointing at its entry. */
export function dataRecords(content: SiteContent, lang: Lang): CustomRecord[] {
  return siteEntries(content, pageTree(content.pages), lang).map((entry) => ({
    url: entry.url,
    language: lang,
    content: [entry.title, ...entry.searchText].join("\n"),
    meta: { title: entry.title },
    filters: { type: [entry.kind], section: [entry.section] },
  }));
}

async function check<T extends { errors: string[] }>(step: string, response: Promise<T>): Promise<T> {
  const result = await response;
  if (result.errors.length) throw new Error(`Pagefind could not ${step}: ${result.errors.join("; ")}`);
  return result;
}

/**
 * Indexes one language's pages of the built site (its folder only) and its data records, and writes that
 * language's own search bundle, which its pages load, to `<bundles>/<lang>` (`_site/pagefind/<lang>/` when built).
 * Pagefind runs in a process of its own, which answers one request at a time.
 */
export async function indexLanguage(content: SiteContent, site: string, lang: Lang, bundles: string): Promise<void> {
  const { index } = await check("start", pagefind.createIndex({}));
  if (!index) throw new Error("Pagefind returned no index");
  try {
    await check(`index the ${lang} pages`, index.addDirectory({ path: site, glob: `${lang}/**/*.html` }));
    await Promise.all(dataRecords(content, lang).map((record) => check(`index ${record.url}`, index.addCustomRecord(record))));
    await check(`write the ${lang} index`, index.writeFiles({ outputPath: path.join(bundles, lang) }));
  } finally {
    // Pagefind's process keeps an index until it is deleted: a language written is a language let go.
    await index.deleteIndex();
  }
}

/** Stops Pagefind's process once nothing more is to be indexed. */
export const closeSearchIndexer = () => pagefind.close();

/**
 * `npm start` (watch mode): after each rebuild, every language is indexed again in the background, into a sibling
 * folder that then replaces the live one whole, so the edited page reloads at once and search catches up. A one-off
 * build (`npm run build`) indexes each language itself, while Eleventy renders the next one (scripts/cli/build-site.ts).
 */
export function searchIndex(eleventyConfig: EleventyConfig, { content }: { content: CheckedContent }): void {
  const background = backgroundIndexer();
  eleventyConfig.on("eleventy.after", ({ directories, runMode }) => {
    if (runMode !== "build") background(content.current, directories.output);
  });
}

/** Rebuilds every language's index from the output folder into a sibling folder, then swaps it in; edits during a run queue one more. */
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
        await Promise.all(LANGUAGES.map((lang) => indexLanguage(content, output, lang, next)));
        await rm(old, { recursive: true, force: true });
        await rename(live, old).catch(() => {});
        await rename(next, live);
        await rm(old, { recursive: true, force: true });
        console.log(`[search] index updated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      } catch (error) {
        console.error(`[search] the index was not updated: ${(error as Error).message}`);
      } finally {
        await closeSearchIndexer();
        running = false;
        const queued = again;
        again = undefined;
        if (queued) run(queued, output);
      }
    })();
  };
  return run;
}
