import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { Page, Request } from "playwright-core";
import type { Lang } from "#schemas/languages.ts";
import { type BrowsedSite, browseSite, PAGES_AT_ONCE, recordProblems, VIEWPORTS } from "#test/browser.ts";
import { builtPages } from "#test/html.ts";
import { requireBuiltSite } from "#test/site.ts";

const pages = await builtPages();
let site: BrowsedSite;
before(async () => {
  site = await browseSite();
});
after(() => site?.close());

/** Opens a page as a first-time visitor would, recording every request and every problem. */
async function visit(page: Page, url: string): Promise<{ problems: string[]; requests: Request[] }> {
  const problems = recordProblems(page);
  const requests: Request[] = [];
  page.on("request", (request) => requests.push(request));
  // A violation Chromium might not log still reaches the page as an event.
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`),
    ),
  );
  await page.goto(`${site.url}${url.slice(1)}`, { waitUntil: "networkidle" });
  return { problems, requests };
}

/** A Center's city, as a reader of each language would type it. */
const CITY_IN_EACH_LANGUAGE: Record<Lang, string> = { en: "Osaka", ja: "大阪", "zh-hans": "大阪", ne: "ओसाका", vi: "Osaka", ko: "오사카" };

const sitePath = (request: Request) => new URL(request.url()).pathname;

describe("every page loads cleanly under the site's own security headers", { concurrency: PAGES_AT_ONCE }, () => {
  for (const url of pages) {
    test(url, () =>
      site.withPage(
        async (page) => {
          const { problems, requests } = await visit(page, url);
          assert.deepEqual(problems, [], "no console error or warning, no failed request, no CSP violation");
          const scripts = requests
            .filter((r) => r.resourceType() === "script")
            .map((r) => sitePath(r).replace(/\.[0-9a-f]{10}\.js$/, ".js"));
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
        },
        { viewport: VIEWPORTS.phone },
      )(),
    );
  }
});

describe("search under the Content-Security-Policy", () => {
  for (const [lang, query] of Object.entries(CITY_IN_EACH_LANGUAGE)) {
    test(`${lang}: Pagefind loads only when the reader types, runs without a worker, and breaks no rule`, () =>
      site.withPage(async (page) => {
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
