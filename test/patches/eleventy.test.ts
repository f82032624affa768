import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import Eleventy from "@11ty/eleventy";

/**
 * Quiet mode silences Eleventy's benchmark warnings, those of the configuration's group too (made with the
 * configuration, before quiet mode is known). Unpatched, a transform that takes long on a slow or busy machine printed
 * "[11ty] Benchmark … (Configuration) … Transform" into the build's output, which names only the maintainer's problems.
 */
test("in quiet mode, a slow transform prints no benchmark warning; otherwise it does", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "eleventy-quiet-"));
  try {
    await mkdir(path.join(dir, "src"));
    await writeFile(path.join(dir, "src/index.md"), "# Hello\n");
    await writeFile(path.join(dir, "empty.config.mjs"), "export default function () {}\n");
    const warningsOf = async (quietMode: boolean) => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args.join(" "));
      try {
        const eleventy = new Eleventy(path.join(dir, "src"), path.join(dir, `_site-${quietMode}`), {
          quietMode,
          configPath: path.join(dir, "empty.config.mjs"),
          config: (eleventyConfig) => {
            // Not part of the configuration API the project uses (scripts/eleventy/config-types.ts).
            const withTransforms = eleventyConfig as unknown as { addTransform(name: string, fn: (content: string) => string): void };
            withTransforms.addTransform("slow", (content) => {
              // Busy for longer than Eleventy's threshold for a warning (50 ms, and 8 % of the run).
              for (const end = performance.now() + 120; performance.now() < end; );
              return content;
            });
          },
        });
        await eleventy.write();
      } finally {
        console.warn = warn;
      }
      return warnings.filter((line) => /Benchmark.*\(Configuration\).*slow/.test(line));
    };
    assert.equal((await warningsOf(false)).length, 1, "the warning this test looks for, when not quiet");
    assert.deepEqual(await warningsOf(true), [], "nothing when quiet");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
