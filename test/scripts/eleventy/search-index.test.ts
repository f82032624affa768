import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { validateProject } from "#content/validate.ts";
import { BackgroundIndexer, closeSearchIndexer, dataRecords } from "#eleventy/search-index.ts";
import { LANGUAGES } from "#schemas/languages.ts";
import { childrenNamed } from "#test/processes.ts";
import { ROOT, requireBuiltSite } from "#test/site.ts";

const { content } = await validateProject(ROOT);
if (!content) throw new Error("The project's content has mistakes: run npm run build to see them");
const { centers, scholarships } = content;

test("every Center, scholarship and dated event becomes one record per language, pointing at its entry", () => {
  const records = LANGUAGES.flatMap((lang) => dataRecords(content, lang));
  assert.equal(records.length, LANGUAGES.length * (centers.entries.length + scholarships.entries.length + content.events.entries.length));
  for (const lang of LANGUAGES) {
    assert.ok(
      dataRecords(content, lang).every((r) => r.language === lang),
      `the ${lang} index gets only ${lang} records`,
    );
    const osakaIn = records.find((r) => r.url === `/${lang}/students/working/centers/#osaka`);
    assert.equal(osakaIn?.language, lang, `a ${lang} record for Osaka, in the ${lang} index`);
    assert.equal(osakaIn!.content.includes(centers.entries.find((c) => c.id === "osaka")!.name[lang]), true, lang);
  }
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
  const honors = dataRecords(content, "en").find((r) => r.url === "/en/students/scholarships/#jasso-honors");
  assert.deepEqual(honors?.filters?.type, ["scholarship"]);
  assert.match(honors!.content, /honors/i);
});

test("npm start's indexer keeps Pagefind's process between edits, rather than starting one for each", async () => {
  const { content } = await validateProject(ROOT);
  assert.ok(content);
  const output = await mkdtemp(path.join(os.tmpdir(), "indexer-"));
  try {
    await cp(requireBuiltSite(), output, { recursive: true });
    const indexer = new BackgroundIndexer();
    indexer.request(content, output, ["en"]);
    await indexer.idle();
    const first = (await childrenNamed(process.pid, "pagefind")).map((child) => child.pid);
    assert.equal(first.length, 1, "Pagefind's process is still up once the queue is empty");
    indexer.request(content, output, ["ja"]);
    await indexer.idle();
    assert.deepEqual(
      (await childrenNamed(process.pid, "pagefind")).map((child) => child.pid),
      first,
      "the next edit is indexed by the same process",
    );
    assert.ok(existsSync(path.join(output, "pagefind/ja/pagefind.js")), "the language was indexed again");
  } finally {
    await closeSearchIndexer();
    await rm(output, { recursive: true, force: true });
  }
});
