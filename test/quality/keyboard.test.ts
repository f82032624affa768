import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { BrowserContext, Page } from "playwright-core";
import { type BrowsedSite, browseSite, PAGES_AT_ONCE, pagePool, VIEWPORTS } from "#test/browser.ts";
import { builtPages } from "#test/html.ts";

const pages = await builtPages();
let site: BrowsedSite;
before(async () => {
  site = await browseSite();
});
after(() => site?.close());

interface FocusStop {
  element: string;
  problem?: string;
}

/** What has focus, and why a sighted keyboard user could not see it: no indicator, off screen, or covered. */
function describeFocus(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} "${(el.textContent || el.getAttribute("aria-label") || (el as HTMLInputElement).value || "").trim().slice(0, 40)}"`;
    const style = getComputedStyle(el);
    const outlined = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
    if (!outlined && style.boxShadow === "none") return { element: name, problem: "no visible focus indicator" };
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return { element: name, problem: "focused but has no size" };
    if (rect.bottom < 0 || rect.top > innerHeight || rect.right < 0 || rect.left > innerWidth)
      return { element: name, problem: "focused off screen" };
    const x = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(rect.top + rect.height / 2, 0), innerHeight - 1);
    const top = document.elementFromPoint(x, y);
    if (top && top !== el && !el.contains(top) && !top.contains(el))
      return { element: name, problem: `covered by ${top.tagName.toLowerCase()}` };
    return { element: name };
  });
}

interface FirstStop {
  stop: FocusStop | null;
  skipLink: boolean;
  inMain: boolean;
}

/**
 * The first Tab lands on a visible skip link; following it puts focus on the content, and the next Tab stays there.
 * Checked on the page the Tab walk has just left, so no page is loaded twice.
 */
async function checkSkipLink(page: Page, firstStop: FirstStop): Promise<void> {
  if (!(await page.$(".skip-link"))) {
    // The landing pages in every language have no header or sidebar to skip: the first Tab is already in the content.
    assert.equal(firstStop.inMain, true, "the first Tab lands in the content");
    return;
  }
  assert.equal(firstStop.skipLink, true, `the first Tab lands on the skip link, not ${firstStop.stop?.element}`);
  assert.equal(firstStop.stop?.problem, undefined, `the skip link is visible when focused: ${firstStop.stop?.problem}`);
  await page.focus(".skip-link");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "main");
  await page.keyboard.press("Tab");
  const next = await page.evaluate(() => {
    const main = document.getElementById("main")!;
    const el = document.activeElement!;
    return main.contains(el) || !!(main.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(next, "after the skip link, Tab continues in the content, not back in the header");
}

// Scrolling is instant here (reduced motion), so each stop is judged where it comes to rest.
for (const viewport of ["desktop", "phone"] as const) {
  const title =
    viewport === "desktop"
      ? "keyboard at desktop width: the skip link goes to the content, and every Tab stop shows where focus is"
      : "keyboard at phone width: every Tab stop shows where focus is";
  describe(title, { concurrency: PAGES_AT_ONCE }, () => {
    let context: BrowserContext;
    const tabs = pagePool(() => context.newPage());
    before(async () => {
      context = await site.browser.newContext({ viewport: VIEWPORTS[viewport], reducedMotion: "reduce" });
    });
    after(() => context?.close());

    for (const url of pages) {
      test(url, () =>
        tabs.use(async (page) => {
          await page.goto(`${site.url}${url.slice(1)}`);
          const problems: string[] = [];
          let stops = 0;
          let first: FirstStop = { stop: null, skipLink: false, inMain: false };
          for (let i = 0; i < 200; i++) {
            await page.keyboard.press("Tab");
            const stop = await describeFocus(page);
            if (!stop) break; // focus has left the page's last stop
            if (stops === 0)
              first = {
                stop,
                ...(await page.evaluate(() => ({
                  skipLink: !!document.activeElement?.classList.contains("skip-link"),
                  inMain: !!document.activeElement?.closest("main"),
                }))),
              };
            stops++;
            if (stop.problem) problems.push(`${stop.element}: ${stop.problem}`);
          }
          assert.ok(stops >= 2, `only ${stops} Tab stops: is the page reachable by keyboard?`);
          assert.deepEqual(problems, []);
          if (viewport === "desktop") await checkSkipLink(page, first);
        }),
      );
    }
  });
}
