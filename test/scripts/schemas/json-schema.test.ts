import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { DATA_FILES, STRINGS_FILES } from "#schemas/data-files.ts";
import { jsonSchemas } from "#schemas/json-schema.ts";
import { ROOT } from "#test/site.ts";

test("the committed JSON Schemas match the zod schemas (run `npm run schemas` after changing one)", async () => {
  for (const [file, expected] of jsonSchemas()) {
    const committed = await readFile(path.join(ROOT, file), "utf8").catch(() => "(missing)");
    assert.equal(committed, expected, `${file} is out of date: run npm run schemas`);
  }
});

test("every data file names its JSON Schema in $schema", async () => {
  for (const { file, jsonSchema } of [...Object.values(DATA_FILES), ...Object.values(STRINGS_FILES)]) {
    const data = JSON.parse(await readFile(path.join(ROOT, file), "utf8")) as { $schema?: string };
    assert.equal(path.posix.join(path.posix.dirname(file), data.$schema ?? ""), jsonSchema, file);
  }
});

test("the JSON Schema carries the rules editors can check: required fields, https, allowed values", () => {
  const sources = JSON.parse(jsonSchemas().get("_data/schemas/sources.schema.json")!) as {
    properties: { entries: { items: { required: string[]; properties: { url: { pattern: string }; kind: { enum: string[] } } } } };
  };
  const entry = sources.properties.entries.items;
  assert.ok(entry.required.includes("url") && entry.required.includes("lastChecked"));
  assert.match(entry.properties.url.pattern, /https/);
  assert.deepEqual(entry.properties.kind.enum, ["official", "secondary"]);
  const centers = JSON.parse(jsonSchemas().get("_data/schemas/centers.schema.json")!) as {
    properties: { entries: { items: { required: string[] } } };
  };
  assert.ok(centers.properties.entries.items.required.includes("website"));
});
