import type { Browser, BrowserContextOptions, ConsoleMessage, Frame, Page, Request, Response, Worker } from "playwright-core";
import { launchChromium } from "#tooling/chromium.ts";
import { requireBuiltSite } from "./site.ts";
import { serveSite } from "./static-server.ts";

/** A cheap phone held upright, and an ordinary laptop screen. */
export const VIEWPORTS = {
  phone: { width: 360, height: 740 },
  desktop: { width: 1280, height: 800 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

export interface BrowsedSite {
  /** The served site's root URL, ending in "/". */
  url: string;
  browser: Browser;
  /** Runs `run` in a fresh tab of its own context, closed even when the test fails. */
  withPage(run: (page: Page) => Promise<void>, options?: BrowserContextOptions): () => Promise<void>;
  close(): Promise<void>;
}

/** The built site on a loopback static server (with its `_headers`), and Chromium to read it. */
export async function browseSite(options: { prefix?: string; site?: string } = {}): Promise<BrowsedSite> {
  const server = await serveSite(options.site ?? requireBuiltSite(), { prefix: options.prefix });
  const browser = await launchChromium();
  return {
    url: server.url,
    browser,
    withPage: (run, contextOptions) => async () => {
      const context = await browser.newContext(contextOptions);
      try {
        await run(await context.newPage());
      } finally {
        await context.close();
      }
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Everything a reader would not see but a broken page shows: console errors and warnings (Chromium reports
 * CSP violations there), uncaught exceptions, failed requests and HTTP errors. Attach before navigating.
 */
export function recordProblems(page: Page): string[] {
  return watchProblems(page).problems;
}

/**
 * The same record, until `stop()`, for a tab that goes on from page to page: attached before it navigates, it
 * counts the failed requests of the page it goes to only. The page before may still ask for its icon after it has
 * loaded, and the navigation cancels that request (net::ERR_ABORTED): no reader sees that page any more.
 */
export function watchProblems(page: Page): { problems: string[]; requests: Request[]; stop(): void } {
  const problems: string[] = [];
  /** The requests of the page it goes to, in order. */
  const requests: Request[] = [];
  let arrived = false;
  const onNavigated = (frame: Frame) => {
    if (frame === page.mainFrame()) arrived = true;
  };
  const onRequest = (request: Request) => {
    if (arrived || request.isNavigationRequest()) requests.push(request);
  };
  const onConsole = (where: string) => (message: ConsoleMessage) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(`${where} console ${message.type()}: ${message.text()}`);
  };
  const onPageConsole = onConsole("page");
  const onWorker = (worker: Worker) => worker.on("console", onConsole(`worker ${worker.url()}`));
  const onPageError = (error: Error) => problems.push(`uncaught: ${error.message}`);
  const onFailed = (request: Request) => {
    if (requests.includes(request)) problems.push(`failed request: ${request.url()} (${request.failure()?.errorText})`);
  };
  const onResponse = (response: Response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  };
  page.on("framenavigated", onNavigated);
  page.on("request", onRequest);
  page.on("console", onPageConsole);
  page.on("worker", onWorker);
  page.on("pageerror", onPageError);
  page.on("requestfailed", onFailed);
  page.on("response", onResponse);
  return {
    problems,
    requests,
    stop() {
      page.off("framenavigated", onNavigated);
      page.off("request", onRequest);
      page.off("console", onPageConsole);
      page.off("worker", onWorker);
      page.off("pageerror", onPageError);
      page.off("requestfailed", onFailed);
      page.off("response", onResponse);
    },
  };
}

/**
 * How many pages a gate checks at once: a page load mostly waits (for the network to settle, for the service
 * worker), so four at a time keep two cores busy where one at a time would leave them idle.
 */
export const PAGES_AT_ONCE = 4;

/** Tabs shared by tests that run at once: each test borrows one, and gives it back when it is done. */
export function pagePool(open: () => Promise<Page>): { use<T>(run: (page: Page) => Promise<T>): Promise<T> } {
  const idle: Page[] = [];
  return {
    async use(run) {
      const page = idle.pop() ?? (await open());
      try {
        return await run(page);
      } finally {
        idle.push(page);
      }
    },
  };
}
