import assert from "node:assert/strict";
import { test } from "node:test";
import { decodeText } from "#content/text-file.mjs";

const decode = (text: string) => decodeText(new TextEncoder().encode(text), "src/en/x.md", "refuse");

test("every control character but tab and line breaks is refused, with its code and place", () => {
  const refused: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCharCode(code);
    if (decode(`a\nb${char}`).problem) refused.push(code.toString(16));
  }
  const expected = [...Array(0xa0).keys()].filter((code) => (code < 0x20 || code >= 0x7f) && ![9, 10, 13].includes(code));
  assert.deepEqual(
    refused,
    expected.map((code) => code.toString(16)),
  );
  assert.equal(decode("a\nbc\u0085").problem?.message, "contains a control character (U+0085), invisible to readers: remove it");
  assert.deepEqual([decode("a\nbc\u0085").problem?.line, decode("a\nbc\u0085").problem?.column], [2, 3]);
});

test("tabs, line breaks and text in any script read back as written", () => {
  const text = "a\tb\r\nc\n在留資格 रोजगार 😀";
  assert.deepEqual(decode(text), { text, bestGuess: text });
});
