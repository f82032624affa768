import assert from "node:assert/strict";
import { test } from "node:test";
import { pageFile, pageKey, syntheticPage, uniqueTerm } from "#bench/synthetic-pages.ts";
import { loadVocabularies } from "#bench/vocabulary.ts";
import { parseFrontMatter } from "#content/front-matter.mjs";
import { frontMatter } from "#schemas/front-matter.ts";
import { LANGUAGES } from "#schemas/languages.ts";

const words = await loadVocabularies(process.cwd());
const page = (n: number, lang: (typeof LANGUAGES)[number]) => syntheticPage(n, lang, "2026-11-25", words[lang]);

test("the same page number gives the same page: runs of the bench compare like with like", () => {
  assert.equal(page(151, "ja").text, page(151, "ja").text);
  assert.notEqual(page(151, "en").text, page(152, "en").text);
});

test("synthetic pages come in every language, in its own words, and the site's schema accepts them, paired", () => {
  for (const n of [0, 1, 49, 50, 51]) {
    const pages = LANGUAGES.map((lang) => {
      const { text, file } = page(n, lang);
      const parsed = parseFrontMatter(text, file);
      assert.equal(parsed.problem, undefined);
      return { lang, text, data: frontMatter.parse(parsed.data) };
    });
    for (const { lang, text, data } of pages) {
      assert.equal(data.translationKey, pageKey(n), lang);
      assert.ok(data.keywords?.includes(uniqueTerm(n)), lang);
      // Some of its words are among the most frequent of that language's real pages.
      assert.ok(
        words[lang].common.some((word) => text.toLowerCase().includes(word)),
        `${lang} page ${n} has none of its language's common words`,
      );
    }
  }
  // Each language's words are its own: the Korean page is in Hangul, the Chinese one in Han characters.
  assert.match(page(1, "ko").text.split("---")[2]!, /\p{Script=Hangul}{2}/u);
  assert.match(page(1, "zh-hans").text.split("---")[2]!, /\p{Script=Han}{2}/u);
  assert.doesNotMatch(page(1, "zh-hans").text.split("---")[2]!, /\p{Script=Hangul}/u);
});

test("every 50th page is a hub; the pages after it sit in its folder and under it", () => {
  assert.equal(pageFile(50), "bench/bench-hub-1/index.md");
  assert.equal(pageFile(51), "bench/bench-hub-1/51.md");
  assert.equal(parseFrontMatter(page(51, "en").text, "x").data?.parent, "bench-hub-1");
  assert.equal(parseFrontMatter(page(50, "en").text, "x").data?.parent, "students");
});
