import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { builtPages, loadPage, text } from "#test/html.ts";

const pages = await builtPages();
const inLanguage = (lang: string) => pages.filter((url) => url.startsWith(`/${lang}/`));

/** British spellings in our own words; official names keep their publishers' spelling. */
const BRITISH = /\b(counsell\w*|programme\w*|organis\w*|centres?\b|licence|colour\w*|favour\w*|behaviour\w*|labour)\b/i;
const OFFICIAL_NAMES = /Health, Labour and Welfare|Labour Bureau|Labour Standards/g;

/** One Japanese term for each thing: the variant on the left is written as the one on the right. */
const JAPANESE_TERMS: Array<[RegExp, string]> = [
  [/住所/, "所在地"],
  [/開所時間/, "開庁時間"],
  [/ブラウザ(?!ー)/, "ブラウザー"],
  [/入国管理局/, "出入国在留管理庁"],
];

describe("one way of saying each thing", () => {
  test("English pages use American spelling in the site's own words", async () => {
    for (const url of inLanguage("en")) {
      const words = text((await loadPage(url)).querySelector("body")).replace(OFFICIAL_NAMES, "");
      assert.doesNotMatch(words, BRITISH, url);
    }
  });

  test("Japanese pages use one term for each thing", async () => {
    for (const url of inLanguage("ja")) {
      const words = text((await loadPage(url)).querySelector("body"));
      for (const [variant, term] of JAPANESE_TERMS) assert.doesNotMatch(words, variant, `${url}: write ${term}`);
    }
  });
});

describe("each thing said once", () => {
  test("each Center's entry reminds students once that contact details change, and the page does not repeat it", async () => {
    for (const [lang, reminder] of [
      ["en", /check the Center's website/gi],
      ["ja", /センターのウェブサイトでご確認/g],
    ] as const) {
      const main = (await loadPage(`/${lang}/students/working/centers/`)).querySelector("main")!;
      const entries = main.querySelectorAll("article.entry");
      for (const entry of entries) assert.equal(entry.querySelectorAll(".caution").length, 1, entry.id);
      assert.equal(text(main).match(reminder)?.length, entries.length, `/${lang}/: once per Center`);
    }
  });

  test("no two headings in a row say the same thing", async () => {
    for (const url of pages) {
      const headings = (await loadPage(url)).querySelectorAll("main h1, main h2, main h3").map((h) => text(h).toLowerCase());
      headings.forEach((heading, i) => {
        assert.notEqual(heading, headings[i + 1], `${url}: "${heading}" twice in a row`);
      });
    }
  });

  test("no address is linked under three different labels on one page", async () => {
    for (const url of pages) {
      const labels = new Map<string, Set<string>>();
      for (const a of (await loadPage(url)).querySelectorAll("a[href^='https://']")) {
        const href = a.getAttribute("href")!;
        labels.set(href, (labels.get(href) ?? new Set()).add(text(a)));
      }
      for (const [href, seen] of labels) assert.ok(seen.size < 3, `${url}: ${href} as ${[...seen].join(" / ")}`);
    }
  });
});
