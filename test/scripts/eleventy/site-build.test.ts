import assert from "node:assert/strict";
import { test } from "node:test";
import { SITE_PARTS } from "#eleventy/site-build.ts";
import { LANGUAGES } from "#schemas/languages.ts";

/** The languages in the order the build renders them. */
const languages = SITE_PARTS.flatMap((part) => (part === "shared" ? [] : [part.lang]));

test("the build renders every language once, then the shared files", () => {
  assert.deepEqual([...languages].sort(), [...LANGUAGES].sort());
  assert.equal(SITE_PARTS.at(-1), "shared");
  assert.equal(SITE_PARTS.length, LANGUAGES.length + 1);
});

test("Japanese and Chinese, Pagefind's largest indexes, are not rendered one after the other (so not indexed side by side)", () => {
  assert.ok(Math.abs(languages.indexOf("ja") - languages.indexOf("zh-hans")) > 1, languages.join(", "));
  assert.equal(languages[0], "en", "English, the quickest to index, comes first");
});
