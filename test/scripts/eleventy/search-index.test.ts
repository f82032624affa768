import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import type { ValidPage } from "../../../scripts/content/validate.ts";
import { dataRecords } from "../../../scripts/eleventy/search-index.ts";
import { centresFile } from "../../../scripts/schemas/centres.ts";
import { scholarshipsFile } from "../../../scripts/schemas/scholarships.ts";
import { ROOT } from "../../support/site.ts";

const centres = centresFile.parse(JSON.parse(await readFile(path.join(ROOT, "_data/centres.json"), "utf8")));
const scholarships = scholarshipsFile.parse(JSON.parse(await readFile(path.join(ROOT, "_data/scholarships.json"), "utf8")));
const listingPage = (lang: "en" | "ja", listing: "centres" | "scholarships", file: string) =>
  ({ lang, listing, file, title: "t", description: "d", reviewed: "2026-11-25", section: "working", translationKey: listing }) as ValidPage;
const pages = [
  listingPage("en", "centres", "src/en/students/working/centres.md"),
  listingPage("ja", "centres", "src/ja/students/working/centres.md"),
  listingPage("en", "scholarships", "src/en/students/scholarships.md"),
  listingPage("ja", "scholarships", "src/ja/students/scholarships.md"),
];

test("every Center and scholarship becomes one record per language, pointing at its entry", () => {
  const records = dataRecords(pages, centres, scholarships);
  assert.equal(records.length, 2 * (centres.entries.length + scholarships.entries.length));
  const osaka = records.find((r) => r.url === "/en/students/working/centres/#osaka");
  assert.ok(osaka, "an English record for Osaka");
  assert.deepEqual(osaka.filters, { type: ["centre"], section: ["working"] });
  assert.match(osaka.content, /Osaka/);
  const osakaJa = records.find((r) => r.url === "/ja/students/working/centres/#osaka");
  assert.equal(osakaJa?.language, "ja");
  assert.match(osakaJa!.content, /大阪/);
  assert.doesNotMatch(osakaJa!.content, /Osaka/);
});

test("scholarship records carry their type and keywords", () => {
  const honors = dataRecords(pages, centres, scholarships).find((r) => r.url === "/en/students/scholarships/#jasso-honors");
  assert.deepEqual(honors?.filters?.type, ["scholarship"]);
  assert.match(honors!.content, /honors/i);
});
