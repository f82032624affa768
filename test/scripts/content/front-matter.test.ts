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

test("the Markdown starts after the closing line, which is counted in its first line number", () => {
  const { data, body } = parseFrontMatter("---\ntitle: A\n---  \n# Heading\n", "p.md");
  assert.deepEqual(data, { title: "A" });
  assert.deepEqual(body, { text: "# Heading\n", firstLine: 4 });
});

test("reads front matter saved with Windows line endings", () => {
  const { data, body } = parseFrontMatter("---\r\ntitle: A\r\n---\r\nBody\r\n", "p.md");
  assert.deepEqual(data, { title: "A" });
  assert.deepEqual(body, { text: "Body\r\n", firstLine: 4 });
});

test("a page without front matter is all Markdown, with no data", () => {
  assert.deepEqual(parseFrontMatter("# Only text\n---\n", "p.md"), { data: {}, body: { text: "# Only text\n---\n", firstLine: 1 } });
  assert.deepEqual(parseFrontMatter("", "p.md"), { data: {}, body: { text: "", firstLine: 1 } });
});

test("empty front matter is no data; unclosed front matter runs to the end of the file", () => {
  assert.deepEqual(parseFrontMatter("---\n---\nBody", "p.md").data, {});
  const unclosed = parseFrontMatter("---\ntitle: A\nparent: b\n", "p.md");
  assert.deepEqual(unclosed.data, { title: "A", parent: "b" });
  assert.equal(unclosed.body?.text, "");
});
