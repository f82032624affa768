import net from "node:net";
import { Worker } from "node:worker_threads";
import lighthouse, { type Result } from "lighthouse";
import { launchChromium } from "#tooling/chromium.ts";

/** The categories every page must score 100 in; performance is measured and printed, never asserted. */
export const GATED_CATEGORIES = ["accessibility", "best-practices", "seo"] as const;

interface Finding {
  category: string;
  audit: string;
  title: string;
  /** What the audit points at (a selector, a URL), to find the cause. */
  items: string[];
}

export interface PageAudit {
  scores: Record<string, number | null>;
  /** Weighted audits in the requested categories that did not pass. */
  failing: Finding[];
  /** Performance metrics, where performance was requested. */
  metrics?: { fcp: number; lcp: number; tbt: number; cls: number; speedIndex: number; benchmarkIndex: number };
}

/** A port nobody listens on, for Chromium's DevTools endpoint that Lighthouse connects to. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function summarize(lhr: Result, categories: readonly string[]): PageAudit {
  const failing: Finding[] = [];
  for (const category of categories) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id]!;
      if (ref.weight === 0 || audit.score === 1 || audit.scoreDisplayMode !== "binary") continue;
      const details = audit.details as { items?: Array<Record<string, unknown>> } | undefined;
      const items = (details?.items ?? []).slice(0, 5).map((item) => {
        const node = item.node as { selector?: string; snippet?: string } | undefined;
        return String(node?.snippet ?? node?.selector ?? item.url ?? item.source ?? JSON.stringify(item)).slice(0, 160);
      });
      failing.push({ category, audit: ref.id, title: audit.title, items });
    }
  }
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    scores: Object.fromEntries(categories.map((c) => [c, lhr.categories[c]?.score ?? null])),
    failing,
    metrics: categories.includes("performance")
      ? {
          fcp: numeric("first-contentful-paint"),
          lcp: numeric("largest-contentful-paint"),
          tbt: numeric("total-blocking-time"),
          cls: numeric("cumulative-layout-shift"),
          speedIndex: numeric("speed-index"),
          benchmarkIndex: lhr.environment.benchmarkIndex,
        }
      : undefined,
  };
}

/**
 * The gated audits that read only a page's links: `lighthouse.test.ts` runs them on every built page in every
 * language, from the HTML, so a browser run need not gather the links again (a tenth of each run).
 */
export const FROM_BUILT_HTML = ["link-text", "crawlable-anchors"];

/** Settings for the gated categories: their audits read the loaded page, so Lighthouse need not wait for quiet. */
const NO_WAITING = {
  skipAudits: FROM_BUILT_HTML,
  pauseAfterFcpMs: 0,
  pauseAfterLoadMs: 250,
  networkQuietThresholdMs: 250,
  cpuQuietThresholdMs: 0,
  skipAboutBlank: true,
};

export interface Auditor {
  audit(url: string, categories: readonly string[]): Promise<PageAudit>;
  close(): Promise<void>;
}

/**
 * Lighthouse (its default: a mobile phone, simulated throttling) against a Chromium of its own, one page at a
 * time: Lighthouse keeps global state, so two runs in one module instance would collide.
 */
export async function startAuditor(): Promise<Auditor> {
  const port = await freePort();
  // One renderer for every tab: with a renderer per tab, Chromium now and then loses the first events of a
  // page's trace, and the run ends without scores (NO_NAVSTART).
  const browser = await launchChromium([
    `--remote-debugging-port=${port}`,
    "--renderer-process-limit=1",
    "--disable-site-isolation-trials",
  ]);
  return {
    async audit(url, categories) {
      for (let attempt = 1; ; attempt++) {
        const result = await lighthouse(url, {
          port,
          output: "json",
          logLevel: "error",
          onlyCategories: [...categories],
          // English reports whatever the machine's locale; the screenshots are the accessibility gate's.
          locale: "en-US",
          disableFullPageScreenshot: true,
          // Performance needs Lighthouse's own waits to mean anything; the other categories do not.
          ...(categories.includes("performance") ? {} : NO_WAITING),
        });
        const lhr = result?.lhr;
        if (lhr && !lhr.runtimeError && categories.every((c) => lhr.categories[c]?.score !== null)) return summarize(lhr, categories);
        if (attempt === 3) throw new Error(`Lighthouse could not audit ${url}: ${lhr?.runtimeError?.message ?? "no result"}`);
      }
    },
    close: () => browser.close(),
  };
}

export const AUDITS_AT_ONCE = 2;

/**
 * Lighthouse spends a second of each run benchmarking the CPU and most of the rest waiting, so audits run in
 * worker threads, each with its own Lighthouse and Chromium: one per core.
 */
export async function startLighthouse(workers = AUDITS_AT_ONCE): Promise<Auditor> {
  const pool = await Promise.all(
    Array.from({ length: workers }, async () => {
      // The worker is TypeScript too: Node 20 does not carry tsx's loader into workers, so the worker registers it.
      const entry = new URL("./lighthouse-worker.ts", import.meta.url).href;
      const worker = new Worker(`import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`, {
        eval: true,
      });
      await new Promise<void>((resolve, reject) => {
        worker.once("message", () => resolve());
        worker.once("error", reject);
      });
      return worker;
    }),
  );
  const idle = [...pool];
  const waiting: Array<(worker: Worker) => void> = [];
  const take = () => new Promise<Worker>((resolve) => (idle.length > 0 ? resolve(idle.pop()!) : waiting.push(resolve)));
  const give = (worker: Worker) => {
    const next = waiting.shift();
    if (next) next(worker);
    else idle.push(worker);
  };
  return {
    async audit(url, categories) {
      const worker = await take();
      try {
        return await new Promise<PageAudit>((resolve, reject) => {
          worker.once("message", (reply: { result?: PageAudit; error?: string }) =>
            reply.error === undefined ? resolve(reply.result!) : reject(new Error(reply.error)),
          );
          worker.postMessage({ url, categories });
        });
      } finally {
        give(worker);
      }
    },
    async close() {
      // Each worker closes its Chromium before it ends: terminating it would leave the browser running.
      await Promise.all(
        pool.map(async (worker) => {
          const exited = new Promise((resolve) => worker.once("exit", resolve));
          worker.postMessage("close");
          await exited;
        }),
      );
    },
  };
}
