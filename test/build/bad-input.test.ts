import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { describe, test } from "node:test";
import { copyProject, runBuild } from "#test/project-copy.ts";

type Edit = { file: string; change: (text: string) => string };
const replace = (file: string, from: string | RegExp, to: string): Edit => ({ file, change: (text) => text.replace(from, to) });

/** Builds a copy with the mistakes in it; the build must stop with code 1 and these lines, and no stack trace. */
async function expectFailure(edits: Edit[], expected: Array<string | RegExp>): Promise<string> {
  const project = await copyProject();
  try {
    for (const { file, change } of edits) await project.edit(file, change);
    const { code, output } = await runBuild(project.dir);
    assert.equal(code, 1, `exit code 1, got ${code}:\n${output}`);
    for (const line of expected) {
      if (typeof line === "string") assert.ok(output.includes(line), `expected «${line}» in:\n${output}`);
      else assert.match(output, line);
    }
    assert.doesNotMatch(output, /\n\s+at .+:\d+:\d+/, "no stack trace for a content mistake");
    assert.match(output, /the last good site was left as it was/);
    assert.equal(existsSync(path.join(project.dir, "_site")), false, "nothing written");
    return output;
  } finally {
    await project.remove();
  }
}

const fails = (edits: Edit[], expected: Array<string | RegExp>) => async () => {
  await expectFailure(edits, expected);
};

const CENTRES = "_data/centers.json";
const SOURCES = "_data/sources.json";
const EVENTS = "_data/events.json";

describe("a maintainer's mistake stops the build with a message naming file, entry and field", { concurrency: 2 }, () => {
  test(
    "malformed JSON, with line and column",
    fails([replace(CENTRES, '"id": "osaka",', '"id": "osaka",,')], [/_data\/centers\.json line \d+, column \d+: is not valid JSON/]),
  );

  test(
    "a missing required field",
    fails(
      [replace(CENTRES, /"website": "osaka-center-website",\s*/, "")],
      ['_data/centers.json › entries[1] "osaka" › website: is missing: expected a string'],
    ),
  );

  test(
    "a wrong type",
    fails(
      [replace("src/en/students/working/index.md", /^order: \d+$/m, "order: first")],
      ['src/en/students/working/index.md › order: has the wrong type: expected number, got "first"'],
    ),
  );

  test(
    "a URL that is not https, javascript: included",
    fails(
      [
        replace(SOURCES, '"url": "https://www.moj.go.jp/isa/10_00240.html"', '"url": "javascript:alert(1)"'),
        replace(CENTRES, /"url": "https:/, '"url": "http:'),
      ],
      [
        '_data/sources.json › entries[1] "isa-student-to-work" › url: must be an https:// address',
        '_data/centers.json › entries[0] "tokyo" › links[0].url: must be an https:// address',
      ],
    ),
  );

  test(
    "duplicate ids",
    fails(
      [replace(CENTRES, '"id": "nagoya"', '"id": "osaka"')],
      ['_data/centers.json › entries[2] "osaka" › id: repeats the id of entries[1]'],
    ),
  );

  test(
    "a value outside its allowed set",
    fails(
      [replace("_data/scholarships.json", '"category": "jasso"', '"category": "private"')],
      [
        /_data\/scholarships\.json › entries\[1\] "jasso-honors" › category: is "private", which is not allowed: expected one of "government", "jasso", "other"/,
      ],
    ),
  );

  test(
    "an impossible date",
    fails(
      [replace(CENTRES, /"lastVerified": "[\d-]+"/, '"lastVerified": "2025-02-30"')],
      ['_data/centers.json › entries[0] "tokyo" › lastVerified: is not a real date (2025-02-30)'],
    ),
  );

  test(
    "a verified or reviewed date in the future",
    fails(
      [
        replace(CENTRES, /"lastVerified": "[\d-]+"/, '"lastVerified": "2099-01-01"'),
        replace("src/ja/index.md", /^reviewed: .*$/m, "reviewed: 2099-01-01"),
      ],
      [
        '_data/centers.json › entries[0] "tokyo" › lastVerified: is in the future (2099-01-01)',
        "src/ja/index.md › reviewed: is in the future (2099-01-01)",
      ],
    ),
  );

  test(
    "broken YAML front matter",
    fails(
      [replace("src/en/students/index.md", /^keywords: \[/m, "keywords: [[")],
      [/src\/en\/students\/index\.md line \d+, column \d+ › front matter: is not valid YAML/],
    ),
  );

  test(
    "a page without a title",
    fails(
      [replace("src/en/students/scholarships.md", /^title: .*\n/m, "")],
      ["src/en/students/scholarships.md › title: is missing: expected a string"],
    ),
  );

  test(
    "a page whose translation is missing",
    fails(
      [replace("src/ja/a-z.md", /^translationKey: a-z$/m, "translationKey: a-z-ja")],
      ['src/en/a-z.md › translationKey: "a-z" has no ja translation', 'src/ja/a-z.md › translationKey: "a-z-ja" has no en translation'],
    ),
  );

  test(
    "translations that disagree on path and key",
    fails(
      [replace("src/ja/students/scholarships.md", /^translationKey: scholarships$/m, "translationKey: students-scholarships")],
      [
        'src/ja/students/scholarships.md › translationKey: is "students-scholarships" but src/en/students/scholarships.md, at the same path in src/en/, has "scholarships": translations share both the path and the key',
      ],
    ),
  );

  test(
    "a layout that does not exist",
    fails(
      [replace("src/en/students/index.md", /^title:/m, "layout: fancy\ntitle:")],
      ['src/en/students/index.md › layout: names "fancy", which does not exist: expected one of "page", "search"'],
    ),
  );

  test(
    "a citation to an unknown source, with its line",
    fails(
      [replace("src/en/students/working/after-you-start.md", "[@isa-notification]", "[@isa-notificaton]")],
      [
        /src\/en\/students\/working\/after-you-start\.md line \d+ › citation: "isa-notificaton" is not the id of a source in _data\/sources\.json/,
      ],
    ),
  );

  test(
    "a source nobody cites",
    fails(
      [
        replace(
          SOURCES,
          '"entries": [',
          '"entries": [{"id": "unused-page", "publisher": {"en": "A", "ja": "A"}, "title": {"en": "T", "ja": "T"}, "url": "https://example.org/", "kind": "official", "language": "en", "lastChecked": "2026-11-30"},',
        ),
      ],
      ['_data/sources.json › entries[0] "unused-page" › id: is cited nowhere: cite it from a page or an entry, or remove it'],
    ),
  );

  test(
    "a page of facts with no citation",
    fails(
      [replace("src/en/students/working/after-you-start.md", /\s*\[@isa-notification\]/g, "")],
      ["src/en/students/working/after-you-start.md › citations: the page cites no source: put [@source-id] after each fact"],
    ),
  );

  test(
    "a date that names no event",
    fails(
      [replace("src/ja/students/working/change-of-status.md", "[[date:isa-change-window]]", "[[date:isa-window]]")],
      [/src\/ja\/students\/working\/change-of-status\.md line \d+ › date: \[\[date:isa-window\]\] names no event in _data\/events\.json/],
    ),
  );

  test(
    "an event that ends before it starts, and yearly windows that cannot be expanded",
    fails(
      [
        replace(EVENTS, /"start": "2025-08-01",\s*"end": "2025-09-30"/, '"start": "2025-09-30", "end": "2025-08-01"'),
        replace(EVENTS, /"start": "12-01",\s*"end": "01-31"/, '"start": "02-29", "end": "01-31"'),
        replace(EVENTS, /"start": "04",\s*"end": "05"/, '"start": "04", "end": "05-15"'),
      ],
      [
        '_data/events.json › entries[7] "aichi-summer-internship-2025" › when: ends before it starts',
        '_data/events.json › entries[0] "isa-change-window" › when.yearly.start: is 29 February, which most years do not have',
        '_data/events.json › entries[4] "mext-embassy-recruitment" › when.yearly: mixes a month and a day',
      ],
    ),
  );

  test(
    "an address without the source it comes from, and a Japanese page without its reading",
    fails(
      [
        replace(CENTRES, /"contactSources": \[\s*"chuo-university-employment"\s*\],\s*/, ""),
        replace("src/ja/students/working/help.md", /^reading: .*\n/m, ""),
      ],
      [
        '_data/centers.json › entries[0] "tokyo" › contactSources: is missing: an address or phone needs the source it comes from',
        "src/ja/students/working/help.md › reading: is missing: a Japanese page needs its title's reading in kana",
      ],
    ),
  );

  test("every mistake of a run is reported together", async () => {
    const output = await expectFailure(
      [replace(CENTRES, '"id": "nagoya"', '"id": "osaka"'), replace("src/en/students/scholarships.md", /^title: .*\n/m, "")],
      ["Found 2 mistakes", "repeats the id", "title: is missing"],
    );
    assert.equal(output.match(/✖/g)?.length, 2);
  });
});

async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const file of (await readdir(dir, { recursive: true })).sort()) {
    const contents = await readFile(path.join(dir, file)).catch(() => undefined); // folders
    if (contents) files.set(file, createHash("sha256").update(contents).digest("hex"));
  }
  return files;
}

describe("the last good build is never lost, and a deleted page never survives", () => {
  test("a failed build leaves _site exactly as it was; a good one replaces it whole", async () => {
    const project = await copyProject();
    try {
      const first = await runBuild(project.dir);
      assert.equal(first.code, 0, first.output);
      const site = path.join(project.dir, "_site");
      const before = await snapshot(site);
      assert.ok(before.has(path.join("en", "a-z", "index.html")));

      await project.edit(CENTRES, (t) => t.replace('"id": "osaka",', '"id": "osaka",,'));
      assert.equal((await runBuild(project.dir)).code, 1);
      assert.deepEqual(await snapshot(site), before, "_site unchanged after a failed build");

      await project.edit(CENTRES, (t) => t.replace('"id": "osaka",,', '"id": "osaka",'));
      await rm(path.join(project.dir, "src/en/a-z.md"));
      await rm(path.join(project.dir, "src/ja/a-z.md"));
      const third = await runBuild(project.dir);
      assert.equal(third.code, 0, third.output);
      assert.equal(existsSync(path.join(site, "en", "a-z", "index.html")), false, "the deleted page is gone from _site");
      assert.equal(existsSync(path.join(site, "pagefind", "pagefind.js")), true, "the new build has its index");
      assert.deepEqual(
        (await readdir(project.dir)).filter((f) => f.startsWith("_site.")),
        [],
        "no staging folders left behind",
      );
    } finally {
      await project.remove();
    }
  });

  test("markup in data arrives as text", async () => {
    const project = await copyProject();
    try {
      await project.edit(CENTRES, (t) => t.replace(/("address": \{\s*"en": ")/, "$1<script>alert(1)</script> "));
      const { code, output } = await runBuild(project.dir);
      assert.equal(code, 0, output);
      const html = await readFile(path.join(project.dir, "_site/en/students/working/centers/index.html"), "utf8");
      assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
      assert.doesNotMatch(html, /<script>alert/);
    } finally {
      await project.remove();
    }
  });
});
