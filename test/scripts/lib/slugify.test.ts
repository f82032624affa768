import assert from "node:assert/strict";
import { test } from "node:test";
import { slugify } from "#lib/slugify.ts";

test("keeps Japanese letters, so Japanese headings get real ids", () => {
  assert.equal(slugify("その他の奨学金"), "その他の奨学金");
  assert.equal(slugify("在留資格を変更する（卒業前）"), "在留資格を変更する卒業前");
});

test("lower-cases Latin text and joins words with one hyphen", () => {
  assert.equal(slugify("What is an  internship?"), "what-is-an-internship");
  assert.equal(slugify("Tokyo – Shinjuku"), "tokyo-shinjuku");
});

test("folds full-width characters (NFKC) so the same heading always gives the same id", () => {
  assert.equal(slugify("ＪＡＳＳＯ　奨学金"), "jasso-奨学金");
});

test("never returns an empty id", () => {
  assert.equal(slugify("？！"), "section");
});
