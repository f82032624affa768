import assert from "node:assert/strict";
import { test } from "node:test";
import { DateTime } from "luxon";
import { CheckedContent } from "#eleventy/checked-content.ts";
import { checkedMarkdown } from "#eleventy/checked-markdown.ts";
import type { EleventyConfig } from "#eleventy/config-types.ts";
import { ROOT } from "#test/site.ts";

type Extension = { getData(inputPath: string): Record<string, unknown> };

test("each page's date is the instant Eleventy would read from its reviewed day (midnight UTC), given as a Date", async () => {
  const content = new CheckedContent(ROOT);
  await content.check({ incremental: false });
  const extensions = new Map<string, Extension>();
  checkedMarkdown({ addExtension: (name: string, entry: Extension) => extensions.set(name, entry) } as unknown as EleventyConfig, {
    content,
  });
  const markdown = extensions.get("md");
  assert.ok(markdown, "the Markdown extension is registered");
  assert.ok(content.current.pages.length > 0);
  for (const page of content.current.pages) {
    const { date } = markdown.getData(`./${page.file}`);
    assert.ok(date instanceof Date, page.file);
    // What Eleventy does with a date string in the data (Template#getMappedDate).
    const parsedByEleventy = DateTime.fromISO(page.reviewed, { zone: "utc" }).toJSDate();
    assert.equal(date.toISOString(), parsedByEleventy.toISOString(), page.file);
  }
});
