import assert from "node:assert/strict";
import { test } from "node:test";
import { parseJson } from "#content/json-file.ts";

test("parses valid JSON", () => {
  assert.deepEqual(parseJson('{"a": 1}', "x.json").value, { a: 1 });
});

test("reports the line and column of a syntax error", () => {
  const { problem } = parseJson('{\n  "a": 1\n  "b": 2\n}', "_data/x.json");
  assert.equal(problem?.file, "_data/x.json");
  assert.equal(problem?.line, 3);
  assert.equal(problem?.column, 3);
  assert.match(problem!.message, /^is not valid JSON/);
});

test("reports a file cut short at its end", () => {
  const { problem } = parseJson('{\n  "a": [1, 2', "x.json");
  assert.equal(problem?.line, 2);
  assert.match(problem!.message, /not valid JSON/);
});
