import assert from "node:assert/strict";
import { test } from "node:test";
import { pageFile, pageKey, syntheticPage, uniqueTerm } from "#bench/synthetic-pages.ts";
import { parseFrontMatter } from "#content/front-matter.ts";
import { frontMatter } from "#schemas/front-matter.ts";

test("the same page number gives the same page: runs of the bench compare like with like", () => {
  assert.equal(syntheticPage(151, "ja", "2026-11-25").text, syntheticPage(151, "ja", "2026-11-25").text);
  assert.notEqual(syntheticPage(151, "en", "2026-11-25").text, syntheticPage(152, "en", "2026-11-25").text);
});

test("synthetic pages have front matter the site's schema accepts, paired across languages", () => {
  for (const n of [0, 1, 49, 50, 51]) {
    const [en, ja] = (["en", "ja"] as const).map((lang) => {
      const page = syntheticPage(n, lang, "2026-11-25");
      const parsed = parseFrontMatter(page.text, page.file);
      assert.equal(parsed.problem, undefined);
      return frontMatter.parse(parsed.data);
    });
    assert.equal(en!.translationKey, pageKey(n));
    assert.equal(ja!.translationKey, en!.translationKey);
    assert.ok(en!.keywords?.includes(uniqueTerm(n)));
  }
});

test("every 50th page is a hub; the pages after it sit in its folder and under it", () => {
  assert.equal(pageFile(50), "bench/bench-hub-1/index.md");
  assert.equal(pageFile(51), "bench/bench-hub-1/51.md");
  const child = parseFrontMatter(syntheticPage(51, "en", "2026-11-25").text, "x").data;
  assert.equal(child?.parent, "bench-hub-1");
  assert.equal(parseFrontMatter(syntheticPage(50, "en", "2026-11-25").text, "x").data?.parent, "students");
});
