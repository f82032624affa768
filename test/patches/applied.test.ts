import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { ROOT } from "#test/site.ts";

/**
 * patches/ holds small fixes to Eleventy, its path utilities, the JSX runtime and markdown-it that take linear
 * searches and repeated work out of every build and every incremental rebuild, one that lets an incremental rebuild
 * use our engine for Markdown, and one that lets quiet mode silence every benchmark warning (npm's postinstall applies
 * them with patch-package).
 * An update that no longer takes a patch must fail here, not silently bring the slow paths back.
 */
const PATCHED = ["@11ty/eleventy", "@11ty/eleventy-utils", "jsx-async-runtime", "markdown-it"];

test("every patch in patches/ is checked here", async () => {
  const names = (await readdir(path.join(ROOT, "patches"))).map((file) => file.replace(/\+\d[^+]*\.patch$/, "").replace("+", "/"));
  assert.deepEqual(names.sort(), [...PATCHED].sort());
});

/** Each patched file, with the lines the patch adds to it. */
function addedLines(patch: string): Map<string, string[]> {
  const files = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of patch.split("\n")) {
    const target = /^\+\+\+ b\/(.+)$/.exec(line);
    if (target) {
      current = [];
      files.set(target[1]!, current);
    } else if (current && line.startsWith("+") && line.slice(1).trim() !== "") current.push(line.slice(1));
  }
  return files;
}

for (const name of PATCHED) {
  test(`the ${name} patch is for the installed version and applied`, async () => {
    const prefix = `${name.replace("/", "+")}+`;
    const patches = (await readdir(path.join(ROOT, "patches"))).filter(
      (file) => file.startsWith(prefix) && /^\d/.test(file.slice(prefix.length)),
    );
    assert.equal(patches.length, 1, `one ${name} patch: ${patches.join(", ")}`);
    const version = patches[0]!.slice(prefix.length, -".patch".length);
    const installed = JSON.parse(await readFile(path.join(ROOT, "node_modules", name, "package.json"), "utf8")) as { version: string };
    assert.equal(installed.version, version, `update the patch (npx patch-package ${name}) when ${name} is updated`);
    const files = addedLines(await readFile(path.join(ROOT, "patches", patches[0]!), "utf8"));
    assert.ok(files.size > 0, "the patch changes at least one file");
    for (const [file, lines] of files) {
      const source = await readFile(path.join(ROOT, file), "utf8");
      for (const line of lines)
        assert.ok(source.includes(line), `${file} has the patch's line ${JSON.stringify(line.trim())} (npm ci runs patch-package)`);
    }
  });
}

test("no linear search of Eleventy's template map is left", async () => {
  const source = await readFile(path.join(ROOT, "node_modules/@11ty/eleventy/src/TemplateMap.js"), "utf8");
  assert.doesNotMatch(source, /return this\.map\.find\(\(entry\) => \{/);
});
