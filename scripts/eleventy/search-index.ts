import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import type { SiteContent } from "#content/validate.ts";
import type { Lang } from "#schemas/languages.ts";
import { siteEntries } from "#view/entries.ts";
import { pageTree } from "#view/page-tree.ts";
import type { CheckedContent } from "./checked-content.ts";
import type { EleventyConfig } from "./config-types.ts";
import type { CustomRecord, PagefindQueue } from "./pagefind-command.ts";

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
 * The build queues each language for Pagefind's command line as soon as it is written (see PagefindQueue), and
 * learns how long the indexing took.
 */
export function indexLanguage(
  queue: PagefindQueue,
  { content, site, lang, bundles }: { content: SiteContent; site: string; lang: Lang; bundles: string },
): Promise<number> {
  return queue.index({ site, lang, records: dataRecords(content, lang), bundle: path.join(bundles, lang) });
}

/**
 * The same index, made by Pagefind's service for `npm start`: its process stays up between edits (see
 * BackgroundIndexer), and answers one request at a time. It builds an index twice before writing it, which costs a
 * moment for one language after an edit, but seconds over a whole build.
 */
async function indexInService(content: SiteContent, site: string, lang: Lang, bundles: string): Promise<void> {
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

/** How long Pagefind's process waits for the next edit before it closes. */
const KEEP_PAGEFIND_MS = 30_000;

/**
 * `npm start`'s search index: after a run rebuilds, its languages are indexed again in the background, each into a
 * sibling folder that then replaces the live one whole, so the edited page reloads at once and search catches up.
 * Languages wait in one queue (Pagefind's process answers one request at a time); a language asked for again while
 * it waits is indexed once, from the latest content. Pagefind's process stays up for a while after the queue empties:
 * starting it again took about 35 ms of the server's own thread after every edit (spawning is synchronous), and a
 * maintainer edits in bursts. Once the site is quiet (KEEP_PAGEFIND_MS) it closes, and gives back the memory it held.
 */
export class BackgroundIndexer {
  readonly #waiting = new Map<Lang, { content: SiteContent; output: string }>();
  #draining: Promise<void> | undefined;
  #idle: NodeJS.Timeout | undefined;
  #closing: Promise<unknown> = Promise.resolve();

  request(content: SiteContent, output: string, languages: readonly Lang[]): void {
    for (const lang of languages) this.#waiting.set(lang, { content, output });
    this.#drain();
  }

  /** Resolves once every language asked for so far is indexed. */
  async idle(): Promise<void> {
    while (this.#draining) await this.#draining;
  }

  #drain(): void {
    if (this.#draining || this.#waiting.size === 0) return;
    clearTimeout(this.#idle);
    this.#draining = (async () => {
      // A close already under way ends first: a new index then starts a new process.
      await this.#closing;
      const started = performance.now();
      const done: Lang[] = [];
      try {
        for (let next = first(this.#waiting); next; next = first(this.#waiting)) {
          const [lang, { content, output }] = next;
          this.#waiting.delete(lang);
          try {
            await reindex(content, output, lang);
            done.push(lang);
          } catch (error) {
            console.error(`[search] the ${lang} index was not updated: ${(error as Error).message}`);
          }
        }
        if (done.length)
          console.log(`[search] index updated in ${((performance.now() - started) / 1000).toFixed(1)} s (${done.join(", ")})`);
      } finally {
        this.#draining = undefined;
        this.#drain();
        if (!this.#draining) {
          // Unref'd: a process with nothing else to do does not wait for it (nor for Pagefind's process, also unref'd).
          this.#idle = setTimeout(() => {
            this.#closing = closeSearchIndexer();
          }, KEEP_PAGEFIND_MS).unref();
        }
      }
    })();
  }
}

const first = <K, V>(map: Map<K, V>): [K, V] | undefined => map.entries().next().value;

/**
 * One language's bundle, made beside the live one and swapped in: a search never sees half an index. The queue
 * indexes one language at a time, so the side folders are this language's alone, and are removed after the swap.
 */
async function reindex(content: SiteContent, output: string, lang: Lang): Promise<void> {
  const live = path.join(output, "pagefind", lang);
  const fresh = path.join(output, "pagefind.next");
  const old = path.join(output, "pagefind.old");
  await rm(fresh, { recursive: true, force: true });
  await indexInService(content, output, lang, fresh);
  await rm(old, { recursive: true, force: true });
  await mkdir(old, { recursive: true });
  await mkdir(path.dirname(live), { recursive: true });
  await rename(live, path.join(old, lang)).catch(() => {});
  await rename(path.join(fresh, lang), live);
  await Promise.all([rm(old, { recursive: true, force: true }), rm(fresh, { recursive: true, force: true })]);
}

/** Under `npm start`, asks for the run's languages to be indexed again after each of its builds. */
export function searchIndex(
  eleventyConfig: EleventyConfig,
  { content, indexer, languages }: { content: CheckedContent; indexer: BackgroundIndexer | undefined; languages: readonly Lang[] },
): void {
  if (!indexer || languages.length === 0) return;
  eleventyConfig.on("eleventy.after", ({ directories, runMode }) => {
    if (runMode !== "build") indexer.request(content.current, directories.output, languages);
  });
}
