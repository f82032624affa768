import { spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { launchChromium } from "#tooling/chromium.ts";

export interface IncrementalEdit {
  /** For each edit, from the saved edit until the dev server serves the page with the new text. */
  pageSeconds: number[];
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
 * to one page, and times how long until the served page shows it and until the browser's search finds it. Then
 * edits the page again, `edits` times in all, a second apart as a maintainer saves, and times each: one edit's time
 * is at the mercy of whatever else the machine does in that moment.
 */
export async function measureIncrementalEdit(dir: string, file: string, url: string, lang: string, edits = 5): Promise<IncrementalEdit> {
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
    const source = path.join(dir, file);
    /** Appends a new word to the page: the word, when it was saved, and the seconds until the page showed it. */
    const edit = async (round: number) => {
      const word = `zq${Date.now().toString(36)}${round}`;
      const text = `${await readFile(source, "utf8")}\nEdited: ${word}\n`;
      const editedAt = Date.now();
      await writeFile(source, text);
      await waitFor(
        "the edited page",
        async () => ((await (await fetch(`${origin}${url}`)).text()).includes(word) ? true : undefined),
        60_000,
      );
      return { word, editedAt, seconds: (Date.now() - editedAt) / 1000 };
    };
    const { word, editedAt, seconds } = await edit(0);
    const pageSeconds = [seconds];
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
    const searchSeconds = (Date.now() - editedAt) / 1000;
    for (let round = 1; round < edits; round++) {
      await sleep(1000);
      pageSeconds.push((await edit(round)).seconds);
    }
    return { initialSeconds, pageSeconds, searchSeconds };
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${log}`);
  } finally {
    await browser.close();
    if (dev.pid) process.kill(-dev.pid, "SIGTERM");
  }
}
