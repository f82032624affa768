import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { HtmlValidate } from "html-validate";
import { builtPages } from "#test/html.ts";
import { pageFile, ROOT, requireBuiltSite } from "#test/site.ts";

test("html-validate finds no error in any built page", async () => {
  const validator = new HtmlValidate();
  const site = requireBuiltSite();
  const failures: string[] = [];
  const pages = await builtPages();
  assert.ok(pages.length >= 20, `expected the whole site, found ${pages.length} pages`);
  for (const url of pages) {
    const file = path.join(site, pageFile(url));
    const report = await validator.validateFile(path.relative(ROOT, file));
    for (const result of report.results)
      for (const m of result.messages) failures.push(`${url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  assert.deepEqual(failures, []);
});
