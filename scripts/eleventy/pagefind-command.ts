import path from "node:path";
import { Worker } from "node:worker_threads";
import type * as pagefind from "pagefind";
import { escapeHtml } from "#lib/escape-html.ts";

/** A search result of its own that is not a page (a Center, a scholarship, a date), as Pagefind's Node API takes it. */
export type CustomRecord = Parameters<pagefind.PagefindIndex["addCustomRecord"]>[0];

/**
 * Where a language's data records wait, as pages, for the command to index them: inside the site (Pagefind reads one
 * folder), under a name no page can have (pages live in the language folders), and removed once indexed.
 */
const RECORDS_FOLDER = "_search-records-";

/**
 * The page a record is indexed from, named for the entry it leads to: `en/students/working/centers/osaka.html` for
 * `/en/students/working/centers/#osaka`. The search script reads the entry's address back from the result's (see
 * src/assets/search.ts): an address in the page's metadata would be searched, as words, like its title.
 */
export function recordFile(url: string): string {
  const [page, id, more] = url.split("#");
  const parts = (page ?? "").split("/").slice(1, -1);
  if (
    more !== undefined ||
    !id ||
    !page?.startsWith("/") ||
    !page.endsWith("/") ||
    [...parts, id].some((part) => !/^[^./\\][^/\\]*$/.test(part))
  ) {
    throw new Error(`A search record's address is not a page's and an anchor: "${url}"`);
  }
  return [...parts, `${id}.html`].join("/");
}

/**
 * One data record as a page Pagefind's command line indexes as it would the record: the same words in one paragraph
 * (its lines apart by their line breaks; a paragraph each would be joined with ". ", in Japanese too), the same title
 * and filters. Everything from the record is escaped: it is text, never markup.
 */
function recordPage(record: CustomRecord): string {
  const meta = (kind: "meta" | "filter", key: string, value: string) =>
    `<meta data-pagefind-${kind}="${key}[content]" content="${escapeHtml(value)}">`;
  const head = [
    '<meta charset="utf-8">',
    meta("meta", "title", record.meta?.title ?? ""),
    ...Object.entries(record.filters ?? {}).flatMap(([key, values]) => values.map((value) => meta("filter", key, value))),
  ];
  return `<!DOCTYPE html><html lang="${escapeHtml(record.language ?? "")}"><head>${head.join("")}</head><body data-pagefind-body><p>${escapeHtml(record.content)}</p></body></html>\n`;
}

/**
 * Indexes the build's languages with Pagefind's command line, in the order they are written and two at a time (see
 * pagefind-thread.mjs), from a thread of its own: the build's main thread renders the next language meanwhile, at a
 * lower priority (yieldToSearchIndex in scripts/cli/build-site.ts), and every step of the indexing that waited for it
 * (each record page written, Pagefind's start and end) came late: at 4,000 pages, English took 4.2-4.9 s to index
 * where Pagefind itself ran 0.6 s. The thread is made when the build starts, so the processes it starts keep the
 * build's priority (a process takes that of the thread that starts it).
 *
 * Not through Pagefind's Node API: its service builds every index twice before writing it (Pagefind 1.6: the
 * WriteFiles request builds the index, then `PagefindIndex::write_files` builds it again), and at 16,000 pages that
 * second build was 4-5 s of the build's critical path. The command line has no custom records, so the records are
 * written as pages for the time of the run.
 */
export class PagefindQueue {
  // Pagefind's binary is found as its npm package finds it (the platform's package, or PAGEFIND_BINARY_PATH).
  // Found through the project's `#` imports, which name the same file from this source and from its compiled code.
  readonly #worker = new Worker(new URL(import.meta.resolve("#eleventy/pagefind-thread.mjs")), {
    workerData: { resolver: new URL("./resolveBinary.js", import.meta.resolve("pagefind")).href },
  });
  readonly #waiting = new Map<number, (answer: { seconds?: number; failure?: string }) => void>();
  #ids = 0;
  /** Why the thread stopped (it could not load, or exited), once it has: a language queued after that fails at once. */
  #stopped: string | undefined;

  constructor() {
    this.#worker.on("message", (answer: { id: number; seconds?: number; failure?: string }) => {
      this.#waiting.get(answer.id)?.(answer);
      this.#waiting.delete(answer.id);
      // Waiting for nothing, the thread does not keep the process alive.
      if (this.#waiting.size === 0) this.#worker.unref();
    });
    // A thread that stops (it could not load) fails whatever waits for it, rather than leaving it waiting.
    const fail = (failure: string) => {
      this.#stopped ??= failure;
      for (const answer of this.#waiting.values()) answer({ failure });
      this.#waiting.clear();
    };
    this.#worker.on("error", (error: Error) => fail(error.message));
    this.#worker.on("exit", () => fail("Pagefind's thread stopped"));
    this.#worker.unref();
  }

  /** Queues one language's pages and data records; resolves with the seconds its indexing took, once done. */
  async index({
    site,
    lang,
    records,
    bundle,
  }: {
    site: string;
    lang: string;
    records: readonly CustomRecord[];
    bundle: string;
  }): Promise<number> {
    // Nothing is awaited before the job is posted: the thread starts on it at once.
    const folder = path.join(site, `${RECORDS_FOLDER}${lang}`);
    const pages = new Map<string, string>();
    for (const record of records) {
      const file = recordFile(record.url);
      // Two records at one address would be one result: a bug upstream, where entries are made.
      if (pages.has(file)) throw new Error(`Two search records lead to "${record.url}"`);
      pages.set(file, recordPage(record));
    }
    const glob = `{${lang},${path.basename(folder)}}/**/*.html`;
    const job = { args: ["--site", site, "--glob", glob, "--output-path", bundle, "--quiet"], folder, pages: [...pages] };
    const id = this.#ids++;
    // Posted to a thread that has stopped, the job would never be answered, and the build would end with no word.
    const answer = await new Promise<{ seconds?: number; failure?: string }>((resolve) => {
      if (this.#stopped !== undefined) {
        resolve({ failure: this.#stopped });
        return;
      }
      this.#waiting.set(id, resolve);
      this.#worker.ref();
      this.#worker.postMessage({ id, ...job });
    });
    if (answer.failure !== undefined) throw new Error(`Pagefind could not index the ${lang} pages: ${answer.failure}`);
    return answer.seconds!;
  }

  /** Stops Pagefind's process, if one runs, and starts no other; resolves once it has exited. */
  stop(): Promise<void> {
    // A thread that has already stopped runs no Pagefind, and would never answer.
    if (this.#stopped !== undefined) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        this.#worker.off("message", onMessage);
        this.#worker.off("exit", done);
        resolve();
      };
      const onMessage = (answer: { stopped?: boolean }) => {
        if (answer.stopped) done();
      };
      this.#worker.on("message", onMessage);
      this.#worker.on("exit", done);
      this.#worker.ref();
      this.#worker.postMessage({ stop: true });
    });
  }

  close(): Promise<number> {
    return this.#worker.terminate();
  }
}
