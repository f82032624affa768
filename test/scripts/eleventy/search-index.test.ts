import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { pageUrl } from "#content/page-url.ts";
import type { ValidPage } from "#content/validate.ts";
import { dataRecords } from "#eleventy/search-index.ts";
import { centersFile } from "#schemas/centers.ts";
import { scholarshipsFile } from "#schemas/scholarships.ts";
import { ROOT } from "#test/site.ts";

const centers = centersFile.parse(JSON.parse(await readFile(path.join(ROOT, "_data/centers.json"), "utf8")));
const scholarships = scholarshipsFile.parse(JSON.parse(await readFile(path.join(ROOT, "_data/scholarships.json"), "utf8")));
const listingPage = (lang: "en" | "ja", listing: "centers" | "scholarships", file: string): ValidPage => ({
  lang,
  listing,
  file,
  url: pageUrl(file),
  title: "t",
  description: "d",
  reviewed: "2026-11-25",
  section: "working",
  translationKey: listing,
});
const pages = [
  listingPage("en", "centers", "src/en/students/working/centers.md"),
  listingPage("ja", "centers", "src/ja/students/working/centers.md"),
  listingPage("en", "scholarships", "src/en/students/scholarships.md"),
  listingPage("ja", "scholarships", "src/ja/students/scholarships.md"),
];

test("every Center and scholarship becomes one record per language, pointing at its entry", () => {
  const records = dataRecords({ pages, centers, scholarships });
  assert.equal(records.length, 2 * (centers.entries.length + scholarships.entries.length));
  const osaka = records.find((r) => r.url === "/en/students/working/centers/#osaka");
  assert.ok(osaka, "an English record for Osaka");
  assert.deepEqual(osaka.filters, { type: ["center"], section: ["working"] });
  assert.match(osaka.content, /Osaka/);
  const osakaJa = records.find((r) => r.url === "/ja/students/working/centers/#osaka");
  assert.equal(osakaJa?.language, "ja");
  assert.match(osakaJa!.content, /大阪/);
  assert.doesNotMatch(osakaJa!.content, /Osaka/);
});

test("scholarship records carry their type and keywords", () => {
  const honors = dataRecords({ pages, centers, scholarships }).find((r) => r.url === "/en/students/scholarships/#jasso-honors");
  assert.deepEqual(honors?.filters?.type, ["scholarship"]);
  assert.match(honors!.content, /honors/i);
});
