import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { HtmlValidate } from "html-validate";
import * as yaml from "js-yaml";
import { parse } from "node-html-parser";
import { copyProject, runBuild } from "#test/project-copy.ts";

/**
 * The whole class of hostile and careless input, not case by case: generated strings go into any field of any data
 * file, any front matter field and page bodies. Either the build stops with one clear line per problem and changes
 * nothing, or every page is valid HTML with no executable markup or unsafe URL, every feed and sitemap is
 * well-formed XML, and nothing is written outside _site. A fixed seed keeps `npm test` repeatable;
 * `npm run fuzz` runs many more cases.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 8);
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);

const hostile = fc.oneof(
  fc.constantFrom(
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "../../README.md",
    "/../../etc/passwd",
    "%2e%2e%2f%2e%2e%2fREADME.md",
    "\u0000",
    "bell\u0007 here",
    "\u202Eevil",
    "'\"&<>",
    "{{ 7 * 7 }} {% raw %}",
    "1,000 yen {approx}",
    "[@no-such-source]",
    "[[date:no-such-event]]",
    "\n---\nlayout: search\n---\n",
    "## Sources",
    "]]>&lt;<![CDATA[",
    "https://user:token@example.org/",
    "縦書き\u3000テスト ＜全角＞",
    "e\u0301\u0301\u0301",
    "😀".repeat(50),
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", minLength: 2000, maxLength: 6000 }),
);

const DATA_FILES = [
  "_data/site.json",
  "_data/centers.json",
  "_data/scholarships.json",
  "_data/sidebar.json",
  "_data/sources.json",
  "_data/events.json",
  "_data/strings/en.json",
  "_data/strings/ja.json",
];
const PAGES = [
  "src/en/index.md",
  "src/ja/students/working/change-of-status.md",
  "src/en/students/working/centers.md",
  "src/ja/404.md",
  "src/en/search.md",
];
const FRONT_MATTER_FIELDS = ["title", "description", "reading", "permalink", "parent", "translationKey", "layout", "section", "keywords"];

/** Every path to a string inside a JSON value. */
function stringPaths(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value === "string") return [at];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, [...at, i]));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...at, key]));
  return [];
}

function setAt(root: unknown, at: Array<string | number>, text: string): void {
  let node = root as Record<string | number, unknown>;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[at.at(-1)!] = text;
}

interface Mutation {
  target: number;
  choice: number;
  text: string;
  asBytes: boolean;
}

/** Puts one hostile string somewhere: a data field, a front matter field, a page body, or a page in another encoding. */
async function apply(dir: string, { target, choice, text, asBytes }: Mutation): Promise<string> {
  if (target < DATA_FILES.length) {
    const file = DATA_FILES[target]!;
    const data = JSON.parse(await readFile(path.join(dir, file), "utf8"));
    const paths = stringPaths(data);
    const at = paths[choice % paths.length]!;
    setAt(data, at, text);
    await writeFile(path.join(dir, file), JSON.stringify(data, null, 2));
    return `${file} › ${at.join(".")}`;
  }
  const file = PAGES[(target - DATA_FILES.length) % PAGES.length]!;
  const source = await readFile(path.join(dir, file), "utf8");
  const [, front = "", body = ""] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
  if (asBytes) {
    // Another encoding: the hostile text as Latin-1 bytes, which are not valid UTF-8 past ASCII.
    await writeFile(path.join(dir, file), Buffer.concat([Buffer.from(`---\n${front}\n---\n`), Buffer.from(text, "latin1")]));
    return `${file} (Latin-1 bytes)`;
  }
  if (choice % 3 === 0) {
    await writeFile(path.join(dir, file), `---\n${front}\n---\n${body}\n${text}\n`);
    return `${file} body`;
  }
  const data = (yaml.load(front, { schema: yaml.CORE_SCHEMA }) ?? {}) as Record<string, unknown>;
  const field = FRONT_MATTER_FIELDS[choice % FRONT_MATTER_FIELDS.length]!;
  data[field] = field === "keywords" ? [text] : text;
  await writeFile(path.join(dir, file), `---\n${yaml.dump(data, { schema: yaml.CORE_SCHEMA, lineWidth: -1 })}---\n${body}`);
  return `${file} › ${field}`;
}

/** Every file of a folder by content hash (node_modules, a link to the original's, and the build's compiled code left out). */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const file = path.relative(dir, path.join(entry.parentPath, entry.name));
    if (!entry.isFile() || file.startsWith("node_modules") || file.startsWith(".cache")) continue;
    files.set(
      file,
      createHash("sha256")
        .update(await readFile(path.join(dir, file)))
        .digest("hex"),
    );
  }
  return files;
}

const outside = (files: Map<string, string>) => new Map([...files].filter(([file]) => !file.startsWith("_site")));
const UNSAFE_URL = /^\s*(javascript|data|vbscript|file):/i;
const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });

async function checkSite(site: string, where: string): Promise<void> {
  const files = (await readdir(site, { recursive: true })).filter((file) => !file.startsWith("pagefind"));
  for (const file of files.filter((f) => f.endsWith(".html"))) {
    const html = await readFile(path.join(site, file), "utf8");
    const report = await validator.validateString(html, file);
    assert.ok(
      report.valid,
      `${where}: ${file} is not valid HTML: ${report.results.flatMap((r) => r.messages.map((m) => m.message)).join("; ")}`,
    );
    const page = parse(html);
    for (const element of page.querySelectorAll("*")) {
      for (const [name, value] of Object.entries(element.attributes)) {
        assert.ok(!/^on/i.test(name), `${where}: ${file} has an ${name} attribute`);
        if (["href", "src", "action", "content"].includes(name.toLowerCase()) && name !== "content")
          assert.doesNotMatch(value, UNSAFE_URL, `${where}: ${file} ${name}=${value}`);
      }
    }
    for (const script of page.querySelectorAll("script")) {
      const type = script.getAttribute("type");
      if (type === "application/ld+json") JSON.parse(script.textContent);
      else assert.ok(type === "module" && script.getAttribute("src")?.startsWith("/assets/"), `${where}: ${file} runs a script of its own`);
    }
  }
  for (const file of files.filter((f) => f.endsWith(".xml"))) {
    const valid = XMLValidator.validate(await readFile(path.join(site, file), "utf8"));
    assert.equal(valid, true, `${where}: ${file} is not well-formed XML: ${JSON.stringify(valid)}`);
  }
}

test(`hostile strings in any data field, front matter or page: a clear stop or a safe site (${RUNS} runs, seed ${SEED})`, {
  timeout: 60_000 + RUNS * 20_000,
}, async () => {
  const base = await copyProject();
  try {
    assert.equal((await runBuild(base.dir)).code, 0, "the project builds before anything is changed");
    const lastGood = await snapshot(path.join(base.dir, "_site"));
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            target: fc.nat(DATA_FILES.length + PAGES.length * 2),
            choice: fc.nat(10_000),
            text: hostile,
            asBytes: fc.oneof({ arbitrary: fc.constant(true), weight: 1 }, { arbitrary: fc.constant(false), weight: 9 }),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        async (mutations) => {
          const project = await copyProject();
          try {
            await import("node:fs/promises").then(({ cp }) =>
              cp(path.join(base.dir, "_site"), path.join(project.dir, "_site"), { recursive: true }),
            );
            const where = (await Promise.all(mutations.map((m) => apply(project.dir, m)))).join(", ");
            const before = outside(await snapshot(project.dir));
            const { code, output } = await runBuild(project.dir);
            assert.deepEqual(outside(await snapshot(project.dir)), before, `${where}: nothing written outside _site`);
            if (code === 0) return await checkSite(path.join(project.dir, "_site"), where);
            assert.equal(code, 1, `${where}: exit 1 or 0, got ${code}`);
            const problems = output.split("\n").filter((line) => line.startsWith("  ✖ "));
            assert.ok(problems.length > 0, `${where}: the build says what is wrong:\n${output}`);
            for (const line of problems)
              assert.match(line, /^ {2}✖ (src\/|_data\/|_includes\/|SITE_URL)/, `${where}: each problem names its file:\n${output}`);
            assert.doesNotMatch(output, /\n\s+at .+:\d+:\d+/, `${where}: no stack trace:\n${output}`);
            assert.doesNotMatch(output, /^\[11ty\]/m, `${where}: no line of Eleventy's own:\n${output}`);
            assert.deepEqual(await snapshot(path.join(project.dir, "_site")), lastGood, `${where}: the last good site is untouched`);
          } finally {
            await project.remove();
          }
        },
      ),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  } finally {
    await base.remove();
  }
});
