import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, test } from "node:test";
import { LANGUAGES } from "#schemas/languages.ts";
import { copyProject, runBuild } from "#test/project-copy.ts";

/** A text of a data file, the same in every language, as JSON. */
const everyLanguage = (text: string) => JSON.stringify(Object.fromEntries(LANGUAGES.map((lang) => [lang, text])));

type Edit = { file: string; change: (text: string) => string };
/** A change to the copy that is not an edit of a text file: a new file, a link, bytes in another encoding. */
type Step = Edit | ((dir: string) => Promise<void>);
const replace = (file: string, from: string | RegExp, to: string): Edit => ({ file, change: (text) => text.replace(from, to) });
const create =
  (file: string, contents: string | Uint8Array): Step =>
  async (dir) => {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), contents);
  };

/**
 * Builds a copy with the mistakes in it; the build must stop with code 1 and these lines, with no stack trace and
 * no line of Eleventy's own (`[11ty] …`), having written nothing: no site, and no file outside it.
 */
async function expectFailure(steps: Step[], expected: Array<string | RegExp>, env: Record<string, string> = {}): Promise<string> {
  const project = await copyProject();
  try {
    for (const step of steps) {
      if (typeof step === "function") await step(project.dir);
      else await project.edit(step.file, step.change);
    }
    const before = await snapshot(project.dir);
    const { code, output } = await runBuild(project.dir, env);
    assert.equal(code, 1, `exit code 1, got ${code}:\n${output}`);
    for (const line of expected) {
      if (typeof line === "string") assert.ok(output.includes(line), `expected «${line}» in:\n${output}`);
      else assert.match(output, line);
    }
    assert.doesNotMatch(output, /\n\s+at .+:\d+:\d+/, "no stack trace for a content mistake");
    assert.doesNotMatch(output, /^\[11ty\]/m, "no line of Eleventy's own");
    assert.match(output, /the last good site was left as it was/);
    assert.equal(existsSync(path.join(project.dir, "_site")), false, "nothing written");
    assert.deepEqual(await snapshot(project.dir), before, "no file written or changed anywhere in the project");
    return output;
  } finally {
    await project.remove();
  }
}

const fails =
  (steps: Step[], expected: Array<string | RegExp>, env: Record<string, string> = {}) =>
  async () => {
    await expectFailure(steps, expected, env);
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
          `"entries": [{"id": "unused-page", "publisher": ${everyLanguage("A")}, "title": ${everyLanguage("T")}, "url": "https://example.org/", "kind": "official", "language": "en", "lastChecked": "2026-11-30"},`,
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
        "src/ja/students/working/help.md › reading: is missing: a page in 日本語 needs its title's reading in kana",
      ],
    ),
  );

  test(
    "a permalink outside the site, or a URL scheme, is refused before anything is written",
    fails(
      [
        replace("src/en/404.md", "permalink: /en/404.html", "permalink: ../README.md"),
        replace("src/ja/404.md", "permalink: /ja/404.html", 'permalink: "javascript:alert(1)"'),
      ],
      [
        "src/en/404.md › permalink: must be a path inside the page's language folder",
        "src/ja/404.md › permalink: must be a path inside the page's language folder",
      ],
    ),
  );

  test(
    "a permalink in another language's folder, and two pages written to one address",
    fails(
      [
        replace("src/en/404.md", "permalink: /en/404.html", "permalink: /ja/404.html"),
        replace("src/en/a-z.md", /^title:/m, "permalink: /en/search/\ntitle:"),
      ],
      [
        'src/en/404.md › permalink: "/ja/404.html" is outside /en/',
        /src\/en\/(a-z|search)\.md › (permalink|file name): writes to \/en\/search\/, as src\/en\/(search|a-z)\.md does/,
      ],
    ),
  );

  test(
    "a site address with a password or a path, in site.json or SITE_URL",
    fails(
      [replace("_data/site.json", '"url": "https://study-japan.example.org"', '"url": "https://study-japan.example.org/guide/"')],
      [
        "_data/site.json › url: has a path (/guide/): give the host only, and the sub-path with --pathprefix",
        'SITE_URL (environment): "https://user:token@example.org" contains a user name or password',
      ],
      { SITE_URL: "https://user:token@example.org" },
    ),
  );

  test(
    "files Eleventy would read outside the checks: a stray page, data files beside pages, Eleventy's data folder",
    fails(
      [
        create("src/stray.md", "---\ntitle: Stray\n---\nUnchecked.\n"),
        create("src/en/en.11tydata.json", '{ "lang": "ja" }'),
        create("src/en/students/index.json", '{ "layout": "search" }'),
        create("src/_data/site.json", "{}"),
      ],
      [
        `src/stray.md: is outside the language folders (${LANGUAGES.map((lang) => `src/${lang}/`).join(", ")}): Eleventy would publish it unchecked`,
        "src/en/en.11tydata.json: is not a Markdown page: a language folder holds only .md pages",
        "src/en/students/index.json: is not a Markdown page",
        "src/_data: is Eleventy's data folder",
      ],
    ),
  );

  test(
    "a file name a web address cannot carry, and a symbolic link (a loop included) reported once",
    fails(
      [create("src/en/students/my page.md", "x"), async (dir) => symlink("..", path.join(dir, "src/en/loop"))],
      ['src/en/students/my page.md: has a name a web address cannot carry as it is ("my page.md")', "src/en/loop: is a symbolic link"],
    ),
  );

  test(
    "a page in another encoding, a page with a byte-order mark, and control characters in a page and in data",
    fails(
      [
        // "就職" in Shift_JIS: a page saved by an editor set to the Japanese Windows default.
        async (dir) => writeFile(path.join(dir, "src/ja/students/index.md"), Uint8Array.from([0x8f, 0x41, 0x90, 0x45])),
        async (dir) => writeFile(path.join(dir, "src/en/a-z.md"), `\uFEFF${await readFile(path.join(dir, "src/en/a-z.md"), "utf8")}`),
        replace(
          "src/en/students/working/help.md",
          "You do not have to look for work alone.",
          "You do not have to look for work alone.\u0007",
        ),
        replace(CENTRES, '"en": "Tokyo"', '"en": "Tokyo\\u0008"'),
      ],
      [
        "src/ja/students/index.md: is not UTF-8 text (perhaps Shift_JIS or another encoding): save it as UTF-8",
        "src/en/a-z.md: starts with a byte-order mark (BOM): save it as UTF-8 without BOM",
        /src\/en\/students\/working\/help\.md line \d+, column \d+: contains a control character \(U\+0007\)/,
        '_data/centers.json › entries[0] "tokyo" › city.en: contains a control character (U+0008): remove it',
      ],
    ),
  );

  test(
    "a page that is its own parent, a parent cycle, and a heading that takes an id the layout uses",
    fails(
      [
        replace("src/en/students/working/help.md", "parent: working", "parent: help"),
        replace("src/ja/students/index.md", "parent: home", "parent: working"),
        replace("src/en/students/working/after-you-start.md", /\n$/, "\n\n## Sources\n\nMore.\n"),
      ],
      [
        'src/en/students/working/help.md › parent: is "help", the page itself',
        "src/ja/students/index.md › parent: makes a cycle (students → working → students)",
        /src\/en\/students\/working\/after-you-start\.md line \d+ › heading: would have the id "sources", which the layout gives another element/,
      ],
    ),
  );

  test(
    "an error met inside Eleventy is one line at the file it was building, without the staging folder",
    fails(
      [
        replace(
          "_includes/components/PageBody.tsx",
          "const { page, content } = view;",
          'const { page, content } = view;\n  if (page.translationKey === "help") throw new Error("the help page broke");',
        ),
      ],
      [/^ {2}✖ src\/(en|ja)\/students\/working\/help\.md: the help page broke$/m],
    ),
  );

  test(
    "an error in the last language rendered, while the first ones are being indexed, leaves nothing behind",
    fails(
      [
        replace(
          "_includes/components/PageBody.tsx",
          "const { page, content } = view;",
          `const { page, content } = view;\n  if (page.translationKey === "help" && page.lang === "${LANGUAGES.at(-1)}") throw new Error("the last language broke");`,
        ),
      ],
      [`  ✖ src/${LANGUAGES.at(-1)}/students/working/help.md: the last language broke`],
    ),
  );

  test(
    "a syntax error in a layout's TypeScript, named by file and line",
    fails(
      [replace("_includes/components/PageBody.tsx", "const { page, content } = view;", "const { page, content } = view;\n  const = 1;")],
      ["The build's code does not compile:", /^ {2}✖ _includes\/components\/PageBody\.tsx:\d+:\d+: Expected identifier but found "="$/m],
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
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const file of entries
    // The build's compiled code is kept in .cache (scripts/tooling/compiled-build.mjs), whatever the content says.
    .filter((entry) => !entry.isSymbolicLink() && !/\/(node_modules|\.cache)\//.test(`/${path.relative(dir, entry.parentPath)}/`))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()) {
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
      for (const lang of LANGUAGES) await rm(path.join(project.dir, `src/${lang}/a-z.md`));
      const third = await runBuild(project.dir);
      assert.equal(third.code, 0, third.output);
      assert.equal(existsSync(path.join(site, "en", "a-z", "index.html")), false, "the deleted page is gone from _site");
      for (const lang of LANGUAGES)
        assert.equal(existsSync(path.join(site, "pagefind", lang, "pagefind.js")), true, `the new build has its ${lang} index`);
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
