import assert from "node:assert/strict";
import { test } from "node:test";
import type { ValidPage } from "#content/validate.ts";
import { pageTree } from "#view/page-tree.ts";

const page = (lang: "en" | "ja", key: string, title: string, parent?: string, order = 0): ValidPage => ({
  url: `/${lang}/${key}/`,
  file: `src/${lang}/${key}.md`,
  lang,
  translationKey: key,
  title,
  ...(parent ? { parent } : {}),
  order,
  section: "general",
  description: "",
  reviewed: "2026-11-25",
  cites: [],
  dates: [],
  translation: "original",
});

const pages = [
  page("en", "home", "Home"),
  page("en", "students", "For Foreign Students in Japan", "home", 1),
  page("en", "working", "Working after Graduation", "students", 1),
  page("en", "internships", "Internships", "working", 2),
  page("en", "centers", "Employment Service Centers", "working", 1),
  page("ja", "home", "ホーム"),
  page("ja", "working", "卒業後の就職", "home"),
];

test("the trail runs from the home page down to the page", () => {
  assert.deepEqual(
    pageTree(pages)
      .trail("en", "internships")
      .map((n) => n.translationKey),
    ["home", "students", "working", "internships"],
  );
});

test("children are the pages of the same language that name it as parent, in order", () => {
  assert.deepEqual(
    pageTree(pages)
      .children("en", "working")
      .map((n) => n.translationKey),
    ["centers", "internships"],
  );
  assert.deepEqual(
    pageTree(pages)
      .children("ja", "home")
      .map((n) => n.translationKey),
    ["working"],
  );
});

test("the A–Z list is one language's pages by title", () => {
  assert.deepEqual(
    pageTree(pages)
      .alphabetical("en")
      .map((n) => n.title),
    ["Employment Service Centers", "For Foreign Students in Japan", "Home", "Internships", "Working after Graduation"],
  );
});

test("a page finds its translation by key", () => {
  assert.equal(pageTree(pages).find("ja", "working")?.url, "/ja/working/");
  assert.equal(pageTree(pages).find("ja", "internships"), undefined);
});
