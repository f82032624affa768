import assert from "node:assert/strict";
import { test } from "node:test";
import MarkdownIt from "markdown-it";

/**
 * The patch turns markdown-it's compiled class fields (calls of one shared helper) into plain assignments. The
 * objects must stay what the unpatched build makes: the same own properties, in the same order, all plain data.
 */
const md = new MarkdownIt();

test("tokens have the same own properties, in order, writable and enumerable", () => {
  const [heading, inline] = md.parse("# Hi *there*\n\n- a\n- b\n", {});
  const fields = ["map", "level", "children", "content", "markup", "info", "block", "hidden", "type", "tag", "attrs", "nesting", "meta"];
  assert.deepEqual(Object.keys(heading!), fields);
  assert.deepEqual(Object.keys(inline!.children![0]!), fields);
  for (const field of fields) {
    const descriptor = Object.getOwnPropertyDescriptor(heading!, field)!;
    assert.deepEqual([descriptor.writable, descriptor.enumerable, descriptor.configurable], [true, true, true], field);
  }
  assert.deepEqual(heading!.map, [0, 1]);
  assert.equal(inline!.children!.length, 4);
});

test("the parser's parts are set up as before, and render", () => {
  assert.deepEqual(Object.keys(md), ["inline", "block", "core", "renderer", "linkify", "utils", "helpers", "options"]);
  assert.equal(md.render("# Hi *there*\n\n- a\n- b\n"), "<h1>Hi <em>there</em></h1>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n");
});
