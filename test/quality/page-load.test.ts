import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { BrowserContext, Page, Request } from "playwright-core";
import type { Lang } from "#schemas/languages.ts";
import { type BrowsedSite, browseSite, recordProblems, VIEWPORTS, watchProblems } from "#test/browser.ts";
import { builtPages, languageOf } from "#test/html.ts";
import { requireBuiltSite } from "#test/site.ts";

const pages = await builtPages();
let site: BrowsedSite;
before(async () => {
  site = await browseSite();
});
after(() => site?.close());

/** Reports a violation Chromium might not log: it still reaches the page as an event. */
const logViolations = () =>
  document.addEventListener("securitypolicyviolation", (e) =>
    console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`),
  );

/** Opens a page, recording its requests and every problem until `stop()`. */
async function visit(page: Page, url: string): Promise<ReturnType<typeof watchProblems>> {
  const watch = watchProblems(page);
  await page.goto(`${site.url}${url.slice(1)}`, { waitUntil: "networkidle" });
  return watch;
}

/**
 * A reader new to the site in each language, reading its pages one after another in one tab: the first page
 * installs the offline-reading worker and the others load under it, as a student's would. (A browser profile for
 * each page cost more than checking the page: about 2 core-s against 0.3.) The languages' readers read at once.
 */
function readers() {
  const contexts: BrowserContext[] = [];
  const byLanguage = new Map<string, <T>(run: (page: Page) => Promise<T>) => Promise<T>>();
  const open = async () => {
    const context = await site.browser.newContext({ viewport: VIEWPORTS.phone });
    contexts.push(context);
    await context.addInitScript(logViolations);
    return context.newPage();
  };
  return {
    of(url: string) {
      const lang = languageOf(url) ?? "";
      let reader = byLanguage.get(lang);
      if (!reader) {
        const tab = open();
        let queue: Promise<unknown> = tab;
        reader = (run) => {
          const turn = queue.then(async () => run(await tab));
          queue = turn.catch(() => {});
          return turn;
        };
        byLanguage.set(lang, reader);
      }
      return reader;
    },
    close: () => Promise.all(contexts.map((context) => context.close())),
  };
}

/** A Center's city, as a reader of each language would type it. */
const CITY_IN_EACH_LANGUAGE: Record<Lang, string> = { en: "Osaka", ja: "大阪", "zh-hans": "大阪", ne: "ओसाका", vi: "Osaka", ko: "오사카" };

const sitePath = (request: Request) => new URL(request.url()).pathname;

describe("every page loads cleanly under the site's own security headers", { concurrency: true }, () => {
  const reader = readers();
  after(() => reader.close());
  for (const url of pages) {
    test(url, () =>
      reader.of(url)(async (page) => {
        const { problems, requests, stop } = await visit(page, url);
        stop();
        assert.deepEqual(problems, [], "no console error or warning, no failed request, no CSP violation");
        // Distinct paths: a document fetches a module once (its module map keeps it by URL), but Playwright can
        // report a request twice when the offline-reading worker answers it while it is taking control of the tab.
        const scripts = [
          ...new Set(requests.filter((r) => r.resourceType() === "script").map((r) => sitePath(r).replace(/\.[0-9a-f]{10}\.js$/, ".js"))),
        ];
        const own = url.endsWith("/search/") ? ["/assets/search.js"] : url.endsWith("/offline/") ? ["/assets/offline.js"] : [];
        assert.deepEqual(
          scripts.sort(),
          [...own, "/assets/register.js"].sort(),
          "the offline-reading registration everywhere, the search page's and the offline page's own script, nothing else",
        );
        assert.deepEqual(
          requests.map(sitePath).filter((p) => p.startsWith("/pagefind/")),
          [],
          "Pagefind waits until someone searches",
        );
      }),
    );
  }
});

describe("search under the Content-Security-Policy", () => {
  for (const [lang, query] of Object.entries(CITY_IN_EACH_LANGUAGE)) {
    test(`${lang}: Pagefind loads only when the reader types, runs without a worker, and breaks no rule`, () =>
      site.withPage(async (page) => {
        await page.addInitScript(logViolations);
        const { problems, requests } = await visit(page, `/${lang}/search/`);
        assert.equal(
          requests.filter((r) => sitePath(r).startsWith("/pagefind/")).length,
          0,
          "nothing from Pagefind before the first keystroke",
        );
        await page.focus("#search-input");
        await page.keyboard.type(query);
        await page.waitForSelector("#search-results > li > a");
        await page.waitForLoadState("networkidle");
        const fetched = requests.map(sitePath);
        assert.ok(fetched.includes(`/pagefind/${lang}/pagefind.js`), "the page's own language's Pagefind is fetched once the reader types");
        assert.deepEqual(
          fetched.filter((p) => p.startsWith("/pagefind/") && !p.startsWith(`/pagefind/${lang}/`)),
          [],
          "nothing from another language's search bundle",
        );
        assert.ok(
          !fetched.includes(`/pagefind/${lang}/pagefind-worker.js`),
          "no worker script: one download fewer before the first result",
        );
        assert.ok(
          fetched.some((p) => new RegExp(`^/pagefind/${lang}/wasm\\.[a-z-]+\\.pagefind$`).test(p)),
          "the WebAssembly search runs (allowed by 'wasm-unsafe-eval')",
        );
        assert.deepEqual(problems, []);
      })());
  }
});

test("the same check fails when the policy blocks Pagefind's WebAssembly", async () => {
  const copy = await mkdtemp(path.join(os.tmpdir(), "site-strict-csp-"));
  try {
    await cp(requireBuiltSite(), copy, { recursive: true });
    const headers = await readFile(path.join(copy, "_headers"), "utf8");
    await writeFile(path.join(copy, "_headers"), headers.replace(" 'wasm-unsafe-eval'", ""));
    const strict = await browseSite({ site: copy });
    try {
      await strict.withPage(async (page) => {
        const problems = recordProblems(page);
        await page.goto(`${strict.url}en/search/?q=Osaka`);
        await page.waitForFunction(() => /could not be loaded/.test(document.getElementById("search-status")?.textContent ?? ""));
        assert.ok(
          problems.some((p) => /Content Security Polic/i.test(p)),
          problems.join("\n"),
        );
      })();
    } finally {
      await strict.close();
    }
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
});
