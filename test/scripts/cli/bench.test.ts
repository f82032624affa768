import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { test } from "node:test";
import { listSourceFiles } from "#content/project-files.ts";
import { ROOT } from "#test/site.ts";

/** The 40 synthetic pages, the project's own pages, and the root page and root 404. */
const expectedPages = 40 + (await listSourceFiles(ROOT)).pages.length + 2;

/** `npm run bench` at a small size: a smoke test that every step runs and reports; the figures are not judged. */
test("npm run bench -- --pages 40 builds, searches, compares with bare Eleventy and edits under npm start", {
  timeout: 300_000,
}, async () => {
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/cli/bench.ts", "--pages", "40"], { cwd: ROOT });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => resolve({ code, output }));
  });
  assert.equal(code, 0, output);
  for (const line of [
    /^bench: 40 synthetic pages \(20 per language\) \+ 1 scholarships/m,
    /^wall time: \d+\.\d\d s$/m,
    /^build's own summary: Built in [\d.]+ s: checks [\d.]+ s, pages [\d.]+ s, search index [\d.]+ s/m,
    new RegExp(`^pages/s: \\d+ \\(${expectedPages} HTML pages written\\)$`, "m"),
    /^peak memory: [\d.]+ MB at once \(each program's own peak: .*node [\d.]+ MB/m,
    /^search index: [\d.]+ MB in \d+ files$/m,
    /^first search "visa" \(topic word\): [\d.]+ KB in \d+ requests, [1-9]\d* results shown/m,
    /^first search "留学生" \(word on every page\): [\d.]+ KB in \d+ requests, [1-9]\d* results shown/m,
    /^bare Eleventy: [\d.]+ s/m,
    /^ratio: \d+\.\d\d$/m,
    /^npm start: first build [\d.]+ s; after editing one page, the page shows it in [\d.]+ s and search finds it in [\d.]+ s$/m,
  ]) {
    assert.match(output, line);
  }
});
