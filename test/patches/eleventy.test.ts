import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { ROOT } from "#test/site.ts";

/**
 * patches/@11ty+eleventy+<version>.patch indexes Eleventy's template map by input path (npm's postinstall applies it
 * with patch-package). An Eleventy update that no longer takes it must fail here, not silently bring back the
 * quadratic lookup.
 */
test("the Eleventy patch is for the installed version and applied", async () => {
  const patches = (await readdir(path.join(ROOT, "patches"))).filter((file) => file.startsWith("@11ty+eleventy+"));
  assert.equal(patches.length, 1, `one Eleventy patch: ${patches.join(", ")}`);
  const version = patches[0]!.replace(/^@11ty\+eleventy\+|\.patch$/g, "");
  const installed = JSON.parse(await readFile(path.join(ROOT, "node_modules/@11ty/eleventy/package.json"), "utf8")) as { version: string };
  assert.equal(installed.version, version, "update the patch (npx patch-package @11ty/eleventy) when Eleventy is updated");
  const source = await readFile(path.join(ROOT, "node_modules/@11ty/eleventy/src/TemplateMap.js"), "utf8");
  assert.match(source, /#entriesByInputPath = new Map\(\)/, "the patch is applied (npm ci runs patch-package)");
  assert.doesNotMatch(source, /return this\.map\.find\(\(entry\) => \{/, "no linear search left");
});
