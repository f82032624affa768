import assert from "node:assert/strict";
import { test } from "node:test";
import { validateProject } from "#content/validate.ts";
import { dataRecords } from "#eleventy/search-index.ts";
import { LANGUAGES } from "#schemas/languages.ts";
import { ROOT } from "#test/site.ts";

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
