import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type * as pagefind from "pagefind";
import { escapeHtml } from "#lib/escape-html.ts";

type CustomRecord = Parameters<pagefind.PagefindIndex["addCustomRecord"]>[0];

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

/** Pagefind's own binary, found as its npm package finds it (the platform's package, or PAGEFIND_BINARY_PATH). */
let binary: Promise<string> | undefined;
const pagefindBinary = () =>
  (binary ??= import(new URL("./resolveBinary.js", import.meta.resolve("pagefind")).href).then(
    ({ resolveBinaryPath }: { resolveBinaryPath(names: string[]): string }) => resolveBinaryPath(["pagefind_extended", "pagefind"]),
  ));

/** The launcher's thread: runs a command for each message, and answers with what it printed if it failed. */
const LAUNCHER = `
const { parentPort } = require("node:worker_threads");
const { execFile } = require("node:child_process");
parentPort.on("message", ({ id, file, args }) => {
  execFile(file, args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
    parentPort.postMessage({ id, failure: error ? (stderr + "\\n" + stdout).trim() || error.message : undefined });
  });
});`;

/**
 * Starts Pagefind's processes from a thread made when the build starts. A process takes the priority of the thread
 * that starts it, and once Pagefind runs, the build's rendering thread lowers its own (yieldToSearchIndex in
 * scripts/cli/build-site.ts): Pagefind, the build's critical path, must not inherit it. (4k, 4 pairs of builds: 0.2-0.6 s
 * faster each time than with Pagefind at the renderer's priority.)
 */
export class PagefindLauncher {
  readonly #worker = new Worker(LAUNCHER, { eval: true });
  readonly #running = new Map<number, (failure: string | undefined) => void>();
  #ids = 0;

  constructor() {
    this.#worker.on("message", ({ id, failure }: { id: number; failure?: string }) => {
      this.#running.get(id)?.(failure);
      this.#running.delete(id);
      // Waiting for nothing, the thread does not keep the process alive.
      if (this.#running.size === 0) this.#worker.unref();
    });
    this.#worker.unref();
  }

  /** Runs Pagefind's command with these arguments; rejects with what it printed if it fails. */
  async run(args: readonly string[]): Promise<void> {
    const file = await pagefindBinary();
    const id = this.#ids++;
    const failure = await new Promise<string | undefined>((resolve) => {
      this.#running.set(id, resolve);
      this.#worker.ref();
      this.#worker.postMessage({ id, file, args });
    });
    if (failure !== undefined) throw new Error(failure);
  }

  close(): Promise<number> {
    return this.#worker.terminate();
  }
}

/**
 * Indexes one language's pages of a built site and its data records with Pagefind's command line, into `bundle`.
 * Not through Pagefind's Node API: its service builds every index twice before writing it (Pagefind 1.6: the
 * WriteFiles request builds the index, then `PagefindIndex::write_files` builds it again), and at 16,000 pages that
 * second build was 4-5 s of the build's critical path. The command line has no custom records, so the records are
 * written as pages for the time of the run.
 */
export async function indexWithCommand(
  launcher: PagefindLauncher,
  { site, lang, records, bundle }: { site: string; lang: string; records: readonly CustomRecord[]; bundle: string },
): Promise<void> {
  const folder = path.join(site, `${RECORDS_FOLDER}${lang}`);
  await rm(folder, { recursive: true, force: true });
  try {
    const written = new Set<string>();
    for (const record of records) {
      const file = path.join(folder, recordFile(record.url));
      // Two records at one address would be one result: a bug upstream, where entries are made.
      if (written.has(file)) throw new Error(`Two search records lead to "${record.url}"`);
      written.add(file);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, recordPage(record));
    }
    const glob = `{${lang},${path.basename(folder)}}/**/*.html`;
    await launcher.run(["--site", site, "--glob", glob, "--output-path", bundle, "--quiet"]).catch((error: Error) => {
      throw new Error(`Pagefind could not index the ${lang} pages: ${error.message}`);
    });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
