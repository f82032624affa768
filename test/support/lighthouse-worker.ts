import { parentPort } from "node:worker_threads";
import { startAuditor } from "./lighthouse.ts";

// One Lighthouse and one Chromium per worker thread; the parent sends a page, the worker answers with its audit.
const auditor = await startAuditor();
const port = parentPort!;
port.on("message", async (message: "close" | { url: string; categories: string[] }) => {
  if (message === "close") {
    await auditor.close();
    port.close();
    return;
  }
  const { url, categories } = message;
  try {
    port.postMessage({ result: await auditor.audit(url, categories) });
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
port.postMessage("ready");
