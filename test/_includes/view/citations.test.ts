import assert from "node:assert/strict";
import { test } from "node:test";
import { projectContent } from "#test/content.ts";
import { citationHtml } from "#view/citations.ts";

const content = await projectContent();

test("a citation names each publisher, links it to the page's list of sources and marks a secondary one", () => {
  assert.equal(
    citationHtml(["isa-student-to-work"], "en", content),
    '<span class="citation" data-pagefind-ignore>(source: <a href="#source-isa-student-to-work">Immigration Services Agency of Japan</a>)</span>',
  );
  assert.match(
    citationHtml(["chuo-university-employment"], "en", content),
    /\(source: <a href="#source-chuo-university-employment">Chuo University<\/a>, secondary\)/,
  );
  assert.match(
    citationHtml(["isa-notification", "chuo-university-employment"], "ja", content),
    /^<span class="citation" data-pagefind-ignore>（出典：.*; .*・公的機関以外の資料）<\/span>$/,
  );
});
