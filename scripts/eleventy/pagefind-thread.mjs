// The thread that runs Pagefind for the build (see PagefindQueue in pagefind-command.ts). Plain JavaScript: a worker
// starts without the main thread's TypeScript loader. It takes one language at a time, in the order they come:
// writes the language's record pages, runs Pagefind's command, removes the pages, and says how long it took.
import { execFile } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";

let queue = Promise.resolve();
const binary = import(workerData.resolver).then(({ resolveBinaryPath }) => resolveBinaryPath(["pagefind_extended", "pagefind"]));
/** Pagefind's process while one runs; once the build is stopped, no other starts. */
let running;
let stopped = false;

parentPort.on("message", (job) => {
  if (job.stop) {
    stop().then(() => parentPort.postMessage({ stopped: true }));
    return;
  }
  queue = queue.then(() =>
    index(job).then(
      (seconds) => parentPort.postMessage({ id: job.id, seconds }),
      (error) => parentPort.postMessage({ id: job.id, failure: String(error?.message ?? error) }),
    ),
  );
});

/** @param {{ args: string[], folder: string, pages: Array<[string, string]> }} job */
async function index({ args, folder, pages }) {
  const started = performance.now();
  await rm(folder, { recursive: true, force: true });
  try {
    for (const [file, html] of pages) {
      const target = path.join(folder, file);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, html);
    }
    const command = await binary;
    if (stopped) throw new Error("the build was stopped");
    await new Promise((resolve, reject) => {
      running = execFile(command, args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
        running = undefined;
        if (error) reject(new Error(`${stderr}\n${stdout}`.trim() || error.message));
        else resolve(undefined);
      });
    });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  return (performance.now() - started) / 1000;
}

/**
 * The build was stopped by a signal: Pagefind's process is stopped with it. Left running, it would go on writing
 * into the unfinished site after the build had gone, while the next build (or anyone) removes that folder.
 */
async function stop() {
  stopped = true;
  const child = running;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await new Promise((resolve) => {
    child.once("exit", resolve);
    child.kill("SIGTERM");
  });
}
