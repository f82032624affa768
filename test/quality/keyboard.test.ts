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
  skipLink: boolean;
  inMain: boolean;
}

/**
 * Makes the page note each Tab stop as the next Tab leaves it: a key's handlers run before focus moves, so each note
 * is taken after the browser has scrolled that stop into view. A note says what has focus, and why a sighted keyboard
 * user could not see it: no indicator, off screen, or covered. `null` is a moment with nothing focused.
 */
function noteTabStops(page: Page): Promise<void> {
  // The helper is an object's method: tsx would wrap a function kept in a variable in a helper the page does not have.
  return page.evaluate(() => {
    const tabStops = {
      notes: [] as unknown[],
      describe() {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const label = (el.textContent || el.getAttribute("aria-label") || (el as HTMLInputElement).value || "").trim().slice(0, 40);
        const stop = {
          element: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} "${label}"`,
          skipLink: el.classList.contains("skip-link"),
          inMain: !!el.closest("main"),
        };
        const style = getComputedStyle(el);
        const outlined = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
        if (!outlined && style.boxShadow === "none") return { ...stop, problem: "no visible focus indicator" };
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) return { ...stop, problem: "focused but has no size" };
        if (rect.bottom < 0 || rect.top > innerHeight || rect.right < 0 || rect.left > innerWidth)
          return { ...stop, problem: "focused off screen" };
        const x = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1);
        const y = Math.min(Math.max(rect.top + rect.height / 2, 0), innerHeight - 1);
        const top = document.elementFromPoint(x, y);
        if (top && top !== el && !el.contains(top) && !top.contains(el))
          return { ...stop, problem: `covered by ${top.tagName.toLowerCase()}` };
        return stop;
      },
    };
    Object.assign(window, { tabStops });
    addEventListener("keydown", (event) => event.key === "Tab" && tabStops.notes.push(tabStops.describe()), { capture: true });
  });
}

/** Every element that could take focus, shown or not: at least as many as the page has Tab stops. */
const FOCUSABLE = "a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]";
/** More Tabs than this and focus is caught in a loop. */
const MOST_TABS = 400;

/**
 * The page is read with `page.evaluate` alone: Playwright's selector calls would first load its helper script into each
 * new page, which costs about as much CPU as loading the page.
 *
 * Tabs through the page from the top until focus leaves it, and returns each stop in order. A batch of presses goes
 * to Chromium at once, and the notes are read once per batch: each press still goes through Chromium's own input
 * handling, in order, but the test does not wait for one before sending the next.
 */
async function tabThrough(page: Page): Promise<FocusStop[]> {
  await noteTabStops(page);
  const batch = (await page.evaluate((focusable) => document.querySelectorAll(focusable).length, FOCUSABLE)) + 1;
  const session = await page.context().newCDPSession(page);
  try {
    const tab = { key: "Tab", code: "Tab", windowsVirtualKeyCode: 9 };
    for (let sent = 0; sent < MOST_TABS; sent += batch) {
      await Promise.all(
        Array.from({ length: batch }, () => [
          session.send("Input.dispatchKeyEvent", { type: "rawKeyDown", ...tab }),
          session.send("Input.dispatchKeyEvent", { type: "keyUp", ...tab }),
        ]).flat(),
      );
      // One note from before the first Tab, one from each Tab after it but the last, and the moment after the last.
      const notes = await page.evaluate(() => {
        const { notes, describe } = (window as unknown as { tabStops: { notes: unknown[]; describe(): unknown } }).tabStops;
        return [...notes, describe()] as Array<FocusStop | null>;
      });
      const end = notes.indexOf(null, 1);
      if (end > 0) return notes.slice(1, end) as FocusStop[];
    }
  } finally {
    await session.detach();
  }
  assert.fail(`focus is still on the page after ${MOST_TABS} Tabs: a keyboard trap?`);
}

/**
 * The first Tab lands on a visible skip link; following it puts focus on the content, and the next Tab stays there.
 * Checked on the page the Tab walk has just left, so no page is loaded twice.
 */
async function checkSkipLink(page: Page, first: FocusStop): Promise<void> {
  if (!(await page.evaluate(() => !!document.querySelector(".skip-link")))) {
    // The landing pages in every language have no header or sidebar to skip: the first Tab is already in the content.
    assert.equal(first.inMain, true, "the first Tab lands in the content");
    return;
  }
  assert.equal(first.skipLink, true, `the first Tab lands on the skip link, not ${first.element}`);
  assert.equal(first.problem, undefined, `the skip link is visible when focused: ${first.problem}`);
  await page.evaluate(() => document.querySelector<HTMLElement>(".skip-link")!.focus());
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
          const stops = await tabThrough(page);
          assert.ok(stops.length >= 2, `only ${stops.length} Tab stops: is the page reachable by keyboard?`);
          assert.deepEqual(
            stops.filter((stop) => stop.problem).map((stop) => `${stop.element}: ${stop.problem}`),
            [],
          );
          if (viewport === "desktop") await checkSkipLink(page, stops[0]!);
        }),
      );
    }
  });
}
