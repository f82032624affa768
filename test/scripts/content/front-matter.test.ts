import assert from "node:assert/strict";
import { test } from "node:test";
import { parseFrontMatter } from "#content/front-matter.mjs";

test("keeps dates as the strings the maintainer wrote", () => {
  const { data } = parseFrontMatter("---\ntitle: A\nreviewed: 2025-02-30\n---\nBody", "p.md");
  assert.equal(data?.reviewed, "2025-02-30");
});

test("reports broken YAML with its line in the file", () => {
  const { problem } = parseFrontMatter("---\ntitle: A\nkeywords: [a, b\n---\nBody", "src/en/p.md");
  assert.equal(problem?.file, "src/en/p.md");
  assert.equal(problem?.field, "front matter");
  assert.match(problem!.message, /not valid YAML/);
  assert.ok(problem?.line && problem.line >= 3, `line ${problem?.line}`);
});
