import assert from "node:assert/strict";
import { test } from "node:test";
import { pageUrl } from "#content/page-url.ts";

test("gives the URL Eleventy gives by default", () => {
  assert.equal(pageUrl("src/en/index.md"), "/en/");
  assert.equal(pageUrl("src/en/students/index.md"), "/en/students/");
  assert.equal(pageUrl("src/ja/students/working/centers.md"), "/ja/students/working/centers/");
});

test("follows an explicit permalink", () => {
  assert.equal(pageUrl("src/en/404.md", "/en/404.html"), "/en/404.html");
});
