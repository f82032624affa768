// The thread that runs Pagefind for the build (see PagefindQueue in pagefind-command.ts). Plain JavaScript: a worker
// starts without the main thread's TypeScript loader. It takes the languages in the order they come, up to
// CONCURRENT_LANGUAGES at once: for each, it writes the language's record pages, runs Pagefind's command, removes the
// pages, and says how long it took.
import { execFile } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";

/**
 * Two languages at a time. One Pagefind process keeps 1.2-1.5 cores busy, not two: part of its work is serial. At
 * 4,000 pages, Japanese and Chinese took 1.91 s together against 3.03 s one after the other (1.57 + 1.46 s). In the
 * build, two at a time left the rendering as the longer path; it ended 7 % sooner (median of 4 alternating rounds,
 * 11.8-12.1 s against 12.8 s; 5 earlier rounds, 8.79 s against 9.49 s). Three at a time was no faster, and
 * each one more holds one more language's index in memory.
 */
const CONCURRENT_LANGUAGES = 2;
/** @typedef {{ id: number, args: string[], folder: string, pages: Array<[string, string]> }} Job */
/** Jobs not yet started, oldest first. @type {Job[]} */
const waiting = [];
const binary = import(workerData.resolver).then(({ resolveBinaryPath }) => resolveBinaryPath(["pagefind_extended", "pagefind"]));
/** Pagefind's processes running now; once the build is stopped, no other starts. */
const running = new Set();
let active = 0;
let stopped = false;

const port = /** @type {import("node:worker_threads").MessagePort} */ (parentPort);

port.on("message", (/** @type {Job | { stop: true }} */ job) => {
  if ("stop" in job) {
    stop().then(() => port.postMessage({ stopped: true }));
    return;
  }
  waiting.push(job);
  startWaiting();
});

function startWaiting() {
  while (active < CONCURRENT_LANGUAGES && waiting.length > 0) {
    const job = /** @type {Job} */ (waiting.shift());
    active++;
    index(job)
      .then(
        (seconds) => port.postMessage({ id: job.id, seconds }),
        (error) => port.postMessage({ id: job.id, failure: String(error?.message ?? error) }),
      )
      .finally(() => {
        active--;
        startWaiting();
      });
  }
}

/** @param {Job} job */
async function index({ args, folder, pages }) {
  const started = performance.now();
  await rm(folder, { recursive: true, force: true });
  try {
    // All at once, each folder made once: one after another, the 112 pages of a language of the 4,000-page bench
    // took 40-55 ms to write on a RAM disk and 66-91 ms on ext4, against 2-13 and 30-38 ms at once, and every
    // language's indexing starts after its pages are written.
    const targets = pages.map(([file, html]) => /** @type {const} */ ([path.join(folder, file), html]));
    await settled([...new Set(targets.map(([target]) => path.dirname(target)))].map((dir) => mkdir(dir, { recursive: true })));
    await settled(targets.map(([target, html]) => writeFile(target, html)));
    const command = await binary;
    if (stopped) throw new Error("the build was stopped");
    await new Promise((resolve, reject) => {
      const child = execFile(command, args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
        running.delete(child);
        if (error) reject(new Error(`${stderr}\n${stdout}`.trim() || error.message));
        else resolve(undefined);
      });
      running.add(child);
    });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  return (performance.now() - started) / 1000;
}

/**
 * Waits for every one of the promises, then throws the first failure: nothing is still writing into the folder when it
 * is removed (see `index`).
 *
 * @param {Array<Promise<unknown>>} promises
 */
async function settled(promises) {
  const failed = (await Promise.allSettled(promises)).find((result) => result.status === "rejected");
  if (failed) throw failed.reason;
}

/**
 * The build was stopped by a signal: Pagefind's processes are stopped with it. Left running, they would go on writing
 * into the unfinished site after the build had gone, while the next build (or anyone) removes that folder.
 */
async function stop() {
  stopped = true;
  const live = [...running].filter((child) => child.exitCode === null && child.signalCode === null);
  await Promise.all(
    live.map(
      (child) =>
        new Promise((resolve) => {
          child.once("exit", resolve);
          child.kill("SIGTERM");
        }),
    ),
  );
}
