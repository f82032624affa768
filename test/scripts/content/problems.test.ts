import assert from "node:assert/strict";
import { test } from "node:test";
import { z } from "zod";
import { ContentError, checkAgainst, fieldPath, formatProblem, locate } from "#content/problems.ts";

test("names an entry by its id and position, and the field inside it", () => {
  const data = { entries: [{ id: "tokyo" }, { id: "osaka", address: { ja: "" } }] };
  assert.deepEqual(locate(["entries", 1, "address", "ja"], data), { entry: 'entries[1] "osaka"', field: "address.ja" });
});

test("names an entry by position when it has no id", () => {
  assert.deepEqual(locate(["entries", 2, "name"], { entries: [{}, {}, {}] }), { entry: "entries[2]", field: "name" });
});

test("writes list positions in field paths", () => {
  assert.equal(fieldPath(["keywords", 1]), "keywords[1]");
});

test("turns schema issues into sentences with what was expected", () => {
  const schema = z.strictObject({ entries: z.array(z.strictObject({ id: z.string(), kind: z.enum(["a", "b"]), n: z.number() })) });
  const { problems } = checkAgainst(
    schema,
    {
      entries: [
        { id: "x", kind: "c", n: "1" },
        { kind: "a", n: 1, extra: true },
      ],
    },
    "f.json",
  );
  const lines = problems.map(formatProblem);
  assert.ok(lines.includes('f.json › entries[0] "x" › kind: is "c", which is not allowed: expected one of "a", "b"'), lines.join("\n"));
  assert.ok(lines.includes('f.json › entries[0] "x" › n: has the wrong type: expected number, got "1"'), lines.join("\n"));
  assert.ok(lines.includes("f.json › entries[1] › id: is missing: expected a string"), lines.join("\n"));
  assert.ok(
    lines.some((l) => l.startsWith('f.json › entries[1]: has unknown field "extra"')),
    lines.join("\n"),
  );
});

test("a content error carries every problem and no stack trace", () => {
  const error = new ContentError([
    { file: "a.json", message: "is wrong" },
    { file: "b.md", field: "title", message: "is missing" },
  ]);
  assert.equal(error.problems.length, 2);
  assert.match(error.message, /Found 2 mistakes/);
  assert.doesNotMatch(error.stack ?? "", /\n\s+at /);
});
