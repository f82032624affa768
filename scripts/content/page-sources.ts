import { Worker } from "node:worker_threads";
import { type PageSource, readPageSource } from "./page-source.mjs";

/**
 * From this many pages, they are read in a thread of their own. Below it, starting the thread would cost more than it
 * saves (the project's own site, about a hundred pages: 70-100 ms more); npm start reads again only the pages edited.
 */
const THREAD_FROM = 500;
/** Pages per message: the main thread starts checking the first ones while the thread reads on. */
const BATCH = 100;

/**
 * Reads pages (paths relative to root) and hands each, in order, to `onSource`. Reading, decoding and parsing the
 * front matter is most of a check's time; in a thread of its own (page-source-thread.mjs, plain JavaScript, so it
 * starts at once without the TypeScript loader) it runs on the core the build's start leaves idle, while the main
 * thread checks each page against its schema as it arrives. At 4,000 pages the checks took 0.93-1.13 s against
 * 1.35-1.53 s, and Pagefind started 0.2-0.6 s sooner (4 alternating pairs of builds).
 */
export async function readPageSources(
  root: string,
  files: readonly string[],
  onSource: (source: PageSource, index: number) => void,
  { threadFrom = THREAD_FROM }: { threadFrom?: number } = {},
): Promise<void> {
  if (files.length < threadFrom) {
    for (const [index, file] of files.entries()) onSource(readPageSource(root, file), index);
    return;
  }
  // Found through the project's `#` imports, which name the same file from this source and from its compiled code.
  const worker = new Worker(new URL(import.meta.resolve("#content/page-source-thread.mjs")), {
    workerData: { root, files, batchSize: BATCH },
    // Not the main thread's options: its TypeScript loader would take the thread longer to start than to read.
    execArgv: [],
  });
  let read = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      worker.on("message", (batch: PageSource[]) => {
        try {
          for (const source of batch) onSource(source, read++);
        } catch (error) {
          reject(error);
          return;
        }
        if (read === files.length) resolve();
      });
      worker.on("error", reject);
      worker.on("exit", (code) =>
        reject(new Error(`The thread reading the pages stopped (exit code ${code}) after ${read} of ${files.length}`)),
      );
    });
  } finally {
    await worker.terminate();
  }
}
