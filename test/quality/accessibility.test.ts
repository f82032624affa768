import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { AxeResults, RunOptions } from "axe-core";
import type { BrowserContext, Page } from "playwright-core";
import { type BrowsedSite, browseSite, PAGES_AT_ONCE, pagePool, VIEWPORTS, type ViewportName } from "#test/browser.ts";
import { builtPages } from "#test/html.ts";
import { ROOT } from "#test/site.ts";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
/** WCAG 2.0 to 2.2 at levels A and AA, plus axe's best practices. */
const AXE_OPTIONS: RunOptions = {
  runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"] },
  resultTypes: ["violations"],
};
/** Dark colours change nothing but colours: only the rules about colour run again in them. */
const AXE_COLOUR_OPTIONS: RunOptions = {
  runOnly: { type: "rule", values: ["color-contrast", "link-in-text-block"] },
  resultTypes: ["violations"],
};
/**
 * Screenshots for a person to look at, `test-results/screenshots/<viewport>-<colours>_<page>.jpg`, under
 * `npm run screenshots`: a whole page's screenshot takes longer than loading it and running axe together.
 */
const SCREENSHOTS = process.env.SCREENSHOTS ? path.join(ROOT, "test-results", "screenshots") : undefined;
/** Dark colours are checked at phone width only: contrast does not change with the width. */
const COLOR_SCHEMES: Record<ViewportName, Array<"light" | "dark">> = { phone: ["light", "dark"], desktop: ["light"] };

const pages = await builtPages();
let site: BrowsedSite;
before(async () => {
  site = await browseSite();
  if (SCREENSHOTS) {
    await rm(SCREENSHOTS, { recursive: true, force: true });
    await mkdir(SCREENSHOTS, { recursive: true });
  }
});
after(() => site?.close());

const screenshotFile = (folder: string, url: string, viewport: string, scheme: string) =>
  path.join(
    folder,
    `${viewport}-${scheme}${
      url
        .replace(/\/$/, "")
        .replace(/\.html$/, "")
        .replace(/\//g, "_") || "_root"
    }.jpg`,
  );

async function axeViolations(page: Page, options: RunOptions): Promise<string[]> {
  const results: AxeResults = await page.evaluate(
    (options) => (window as unknown as { axe: typeof import("axe-core") }).axe.run(document, options),
    options,
  );
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")}: ${n.failureSummary?.replace(/\s+/g, " ")}`),
  );
}

for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
  describe(`every page at ${viewport} width: axe-core finds no violation, nothing overflows sideways`, {
    concurrency: PAGES_AT_ONCE,
  }, () => {
    let context: BrowserContext;
    const tabs = pagePool(() => context.newPage());
    before(async () => {
      const phone = viewport === "phone";
      context = await site.browser.newContext({ viewport: VIEWPORTS[viewport], isMobile: phone, hasTouch: phone, serviceWorkers: "block" });
      // axe is injected as the browser's own init script, which the site's CSP does not apply to.
      await context.addInitScript(AXE_SOURCE);
    });
    after(() => context?.close());

    for (const url of pages) {
      test(url, () =>
        tabs.use(async (page) => {
          const problems: string[] = [];
          await page.emulateMedia({ colorScheme: "light" });
          await page.goto(`${site.url}${url.slice(1)}`);
          // Dark colours are the same page restyled: the media query switches in place, without a second load.
          for (const colorScheme of COLOR_SCHEMES[viewport]) {
            await page.emulateMedia({ colorScheme });
            problems.push(
              ...(await axeViolations(page, colorScheme === "light" ? AXE_OPTIONS : AXE_COLOUR_OPTIONS)).map((v) => `${colorScheme}: ${v}`),
            );
            // JPEG: a third of the time PNG takes to encode a whole page, and clear enough for a person to look at.
            if (SCREENSHOTS)
              await page.screenshot({
                path: screenshotFile(SCREENSHOTS, url, viewport, colorScheme),
                fullPage: true,
                type: "jpeg",
                quality: 80,
              });
          }
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (overflow > 0) problems.push(`the page is ${overflow}px wider than the screen, so a reader must scroll sideways`);
          assert.deepEqual(problems, []);
        }),
      );
    }
  });
}
