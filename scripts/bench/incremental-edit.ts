import { spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { launchChromium } from "#tooling/chromium.ts";

export interface IncrementalEdit {
  /** From the saved edit until the dev server serves the page with the new text. */
  pageSeconds: number;
  /** From the saved edit until a search in the browser finds the new word. */
  searchSeconds: number;
  initialSeconds: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor<T>(what: string, check: () => Promise<T | undefined>, timeoutMs: number, everyMs = 25): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    await sleep(everyMs);
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/**
 * Starts `npm start` (the project's dev command) in a project folder, waits for the first build, appends a new word
 * to one page, and times how long until the served page shows it and until the browser's search finds it.
 */
export async function measureIncrementalEdit(dir: string, file: string, url: string, lang: string): Promise<IncrementalEdit> {
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const started = Date.now();
  const dev = spawn(process.execPath, ["--import", "tsx", "scripts/cli/dev.ts", `--port=${port}`], {
    cwd: dir,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  dev.stdout.on("data", (chunk) => (log += chunk));
  dev.stderr.on("data", (chunk) => (log += chunk));
  const browser = await launchChromium();
  try {
    await waitFor(
      "the first build and its search index",
      async () => (log.includes("[search] every language indexed") ? true : undefined),
      600_000,
    );
    const initialSeconds = (Date.now() - started) / 1000;
    // The file watcher finishes its first scan of a large site a moment after the server is up.
    await sleep(2000);
    const word = `zq${Date.now().toString(36)}`;
    const source = path.join(dir, file);
    const editedAt = Date.now();
    await writeFile(source, `${await readFile(source, "utf8")}\nEdited: ${word}\n`);
    await waitFor(
      "the edited page",
      async () => ((await (await fetch(`${origin}${url}`)).text()).includes(word) ? true : undefined),
      60_000,
    );
    const pageSeconds = (Date.now() - editedAt) / 1000;
    const page = await (await browser.newContext({ serviceWorkers: "block" })).newPage();
    await waitFor(
      "the search index to find the new word",
      async () => {
        await page.goto(`${origin}/${lang}/search/?q=${word}`);
        await page.waitForFunction(
          () => {
            const status = document.getElementById("search-status")?.textContent ?? "";
            return status !== "" && !/…$/.test(status);
          },
          undefined,
          { timeout: 5000 },
        );
        // Pagefind falls back to near matches, so only the edited page itself among the results counts.
        const found = await page.$$eval("#search-results > li > a", (links) => links.map((a) => (a as HTMLAnchorElement).pathname));
        return found.includes(url) ? true : undefined;
      },
      300_000,
      // A search in the browser costs CPU the indexer needs: not too often.
      500,
    );
    return { initialSeconds, pageSeconds, searchSeconds: (Date.now() - editedAt) / 1000 };
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${log}`);
  } finally {
    await browser.close();
    if (dev.pid) process.kill(-dev.pid, "SIGTERM");
  }
}
