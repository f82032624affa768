import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { test } from "node:test";
import { listSourceFiles } from "#content/project-files.ts";
import { LANGUAGES } from "#schemas/languages.ts";
import { ROOT } from "#test/site.ts";

/** 40 synthetic pages, rounded up to the same number in each language, the project's own pages, the root page and 404. */
const perLanguage = Math.ceil(40 / LANGUAGES.length);
const expectedPages = perLanguage * LANGUAGES.length + listSourceFiles(ROOT).pages.length + 2;

/** `npm run bench` at a small size: a smoke test that every step runs and reports; the figures are not judged. */
test("npm run bench -- --pages 40 --runs 2 builds, searches in every language, measures the floor and edits under npm start", {
  timeout: 300_000,
}, async () => {
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/cli/bench.ts", "--pages", "40", "--runs", "2"], { cwd: ROOT });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => resolve({ code, output }));
  });
  assert.equal(code, 0, output);
  for (const line of [
    new RegExp(
      `^bench: ${perLanguage * LANGUAGES.length} synthetic pages \\(${perLanguage} per language, ${LANGUAGES.length} languages\\) \\+ 1 scholarships`,
      "m",
    ),
    /^wall time: \d+\.\d\d s$/m,
    /^build's own summary: Built in [\d.]+ s: checks [\d.]+ s, pages [\d.]+ s, search index [\d.]+ s/m,
    new RegExp(`^pages/s: \\d+ \\(${expectedPages} HTML pages written\\)$`, "m"),
    /^peak memory: [\d.]+ MB at once \(each program's own peak: .*node [\d.]+ MB/m,
    /^cpu time: [\d.]+ core-s( \(.*\))?; spread over \d+ cores, at least [\d.]+ s$/m,
    /^search index: [\d.]+ MB in \d+ files$/m,
    ...LANGUAGES.flatMap((lang) => [
      new RegExp(`^first search ${lang} "[^"]+" \\(topic word\\): [\\d.]+ KB in \\d+ requests, [1-9]\\d* results shown`, "m"),
      new RegExp(`^first search ${lang} "[^"]+" \\(word on every page\\): [\\d.]+ KB in \\d+ requests, [1-9]\\d* results shown`, "m"),
    ]),
    /^bare Eleventy: [\d.]+ s/m,
    /^Pagefind alone: [\d.]+ s, peak memory [\d.]+ MB/m,
    /^floor: bare Eleventy [\d.]+ s \+ Pagefind alone [\d.]+ s = [\d.]+ s$/m,
    /^ratio to floor: \d+\.\d\d$/m,
    // The second round measures its floor first, Pagefind alone over the first round's pages.
    /^each round \(build \/ its floor, run back to back; the floor first in every second round\): [\d.]+ s \/ [\d.]+ s = \d+\.\d\d; [\d.]+ s \/ [\d.]+ s = \d+\.\d\d$/m,
    /^floor cpu time: bare Eleventy [\d.]+ core-s\b.* \+ Pagefind alone [\d.]+ core-s\b.* = [\d.]+ core-s; cpu ratio to floor: \d+\.\d\d$/m,
    /^memory ratio to Pagefind alone: \d+\.\d\d$/m,
    /^ratio to bare Eleventy: \d+\.\d\d$/m,
    /^npm start: first build [\d.]+ s; after editing one page, the page shows it in [\d.]+ s \(median of 5 edits: [\d.]+(, [\d.]+){4} s\) and search finds it in [\d.]+ s$/m,
  ]) {
    assert.match(output, line);
  }
});
