import assert from "node:assert/strict";
import { test } from "node:test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { xml } from "#lib/xml.ts";

const parse = (text: string) =>
  new XMLParser({ ignoreAttributes: false, parseTagValue: false, parseAttributeValue: false, trimValues: false }).parse(text);

test("text and attribute values are escaped, and read back as written", () => {
  const hostile = `"Student" & <b>JASSO's</b> ]]> <!-- x -->`;
  const text = xml({ feed: { "@_xml:lang": "en", title: hostile, link: { "@_href": `https://x.example/?a=1&b="2"` } } }, "utf-8");
  assert.equal(XMLValidator.validate(text), true);
  assert.doesNotMatch(text, /<b>|<!--/);
  const read = parse(text);
  assert.equal(read.feed.title, hostile);
  assert.equal(read.feed.link["@_href"], `https://x.example/?a=1&b="2"`);
  assert.equal(read.feed["@_xml:lang"], "en");
});

test("characters XML cannot carry become U+FFFD, so the document stays well-formed", () => {
  const text = xml({ urlset: { url: { loc: "a\u0000b\u001Fc\uD800d", "@_note": "e\u0008f" } } }, "UTF-8");
  assert.equal(XMLValidator.validate(text), true);
  const read = parse(text);
  assert.equal(read.urlset.url.loc, "a\uFFFDb\uFFFDc\uFFFDd");
  assert.equal(read.urlset.url["@_note"], "e\uFFFDf");
});

test("the declaration names the encoding; elements keep their order, repeats included; an attribute 'true' keeps its value", () => {
  const text = xml(
    {
      feed: {
        title: "T",
        link: [{ "@_href": "/a", "@_rel": "self" }, { "@_href": "/b" }],
        id: "I",
        entry: [{ title: "1" }, { title: "2" }],
        flag: { "@_on": "true" },
      },
    },
    "utf-8",
  );
  assert.ok(text.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed>'));
  assert.ok(text.endsWith("</feed>\n"));
  assert.match(text, /<title>T<\/title>[\s\S]*<link href="\/a" rel="self"\/>[\s\S]*<link href="\/b"\/>[\s\S]*<id>I<\/id>[\s\S]*<entry>/);
  assert.match(text, /<flag on="true"\/>/);
  assert.deepEqual(
    parse(text).feed.entry.map((entry: { title: string }) => entry.title),
    ["1", "2"],
  );
});
