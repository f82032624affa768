import assert from "node:assert/strict";
import { test } from "node:test";
import { findCitations, findDateReferences } from "#content/inline-syntax.ts";

test("finds each cited source with the line it is on, several in one citation", () => {
  const text = "First fact. [@isa-window]\n\nSecond fact. [@one; @two]\n";
  assert.deepEqual(findCitations(text), [
    { id: "isa-window", line: 1 },
    { id: "one", line: 3 },
    { id: "two", line: 3 },
  ]);
});

test("finds date references and leaves ordinary brackets and links alone", () => {
  assert.deepEqual(findDateReferences("Apply in [[date:isa-change-window]]."), [{ id: "isa-change-window", line: 1 }]);
  assert.deepEqual(findCitations("[a link](https://example.org/) and [@ not a citation]"), []);
});
