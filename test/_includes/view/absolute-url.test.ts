import assert from "node:assert/strict";
import { test } from "node:test";
import { absoluteUrl } from "#view/absolute-url.ts";

test("a site URL is made absolute under the deployment's address, prefix included", () => {
  assert.equal(absoluteUrl({ base: "https://example.org/", pathPrefix: "/" }, "/en/students/"), "https://example.org/en/students/");
  assert.equal(
    absoluteUrl({ base: "https://owner.github.io/study-japan/", pathPrefix: "/study-japan/" }, "/en/students/"),
    "https://owner.github.io/study-japan/en/students/",
  );
});

test("each deployment keeps its own addresses, and a copy of one (as Eleventy hands each page) gives the same", () => {
  const first = { base: "https://a.example/", pathPrefix: "/" };
  const second = { base: "https://b.example/x/", pathPrefix: "/x/" };
  for (let round = 0; round < 2; round++) {
    assert.equal(absoluteUrl(first, "/ja/"), "https://a.example/ja/");
    assert.equal(absoluteUrl(second, "/ja/"), "https://b.example/x/ja/");
    assert.equal(absoluteUrl({ ...first }, "/ja/"), "https://a.example/ja/");
  }
});
