// The thread that reads a whole site's pages for the checks (see readPageSources in page-sources.ts): each file read,
// decoded and its front matter parsed, in order, sent back a batch at a time so the main thread checks the first
// pages while this one reads on.
import { parentPort, workerData } from "node:worker_threads";
import { readPageSource } from "./page-source.mjs";

const port = /** @type {import("node:worker_threads").MessagePort} */ (parentPort);
const { root, files, batchSize } = /** @type {{ root: string, files: string[], batchSize: number }} */ (workerData);
/** @type {import("./page-source.mjs").PageSource[]} */
let batch = [];
for (const file of files) {
  batch.push(readPageSource(root, file));
  if (batch.length === batchSize) {
    port.postMessage(batch);
    batch = [];
  }
}
if (batch.length > 0) port.postMessage(batch);
