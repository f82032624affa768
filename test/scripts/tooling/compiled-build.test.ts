import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { pathToFileURL } from "node:url";
import { ROOT } from "#test/site.ts";
import { BUILD_COMMAND, CompileError, compileBuild, compiledFile } from "#tooling/compiled-build.mjs";
import { copyProject } from "#tooling/project-copy.ts";

let dir: string;
before(async () => {
  dir = await copyProject(ROOT, "compiled-build-");
});
after(() => rm(dir, { recursive: true, force: true }));

const edit = async (file: string, change: (text: string) => string) =>
  writeFile(path.join(dir, file), change(await readFile(path.join(dir, file), "utf8")));

test("the build command, the configuration and every template are compiled, and import as JavaScript", async () => {
  const compiled = await compileBuild(dir);
  assert.ok(compiled.dir.startsWith(path.join(dir, ".cache", "build")), compiled.dir);
  for (const source of [BUILD_COMMAND, ".eleventy.ts", "src/sitemap.11ty.ts", "_includes/layouts/page.11ty.tsx"]) {
    assert.ok(existsSync(compiledFile(compiled, source)), `${source} compiled`);
  }
  // Eleventy names templates from the project root with a leading ./
  assert.equal(compiledFile(compiled, "./src/robots.11ty.ts"), path.join(compiled.dir, "src/robots.11ty.mjs"));
  const robots = (await import(pathToFileURL(compiledFile(compiled, "src/robots.11ty.ts")).href)) as {
    data: { permalink: string };
    render(data: unknown): string;
  };
  assert.equal(robots.data.permalink, "/robots.txt");
  assert.match(
    robots.render({ deployment: { base: "https://example.org/", pathPrefix: "/" } }),
    /^Sitemap: https:\/\/example\.org\/sitemap\.xml$/m,
  );
});

test("unchanged sources are not compiled again; a changed module or a new template is", async () => {
  const first = await compileBuild(dir);
  const written = (await stat(compiledFile(first, BUILD_COMMAND))).mtimeMs;
  const again = await compileBuild(dir);
  assert.equal(again.dir, first.dir);
  assert.equal((await stat(compiledFile(again, BUILD_COMMAND))).mtimeMs, written, "the cached code was not written again");

  // A module no entry names, imported by one: its change is seen.
  await edit("_includes/view/sitemap.ts", (text) => `${text}\n// changed\n`);
  const changed = await compileBuild(dir);
  assert.notEqual(changed.dir, first.dir);
  assert.ok(existsSync(first.dir), "the older code is kept for a build that may still be using it");

  await writeFile(
    path.join(dir, "src/extra.11ty.ts"),
    'export const data = { permalink: "/extra.txt" };\nexport const render = () => "extra";\n',
  );
  const added = await compileBuild(dir);
  assert.notEqual(added.dir, changed.dir);
  assert.ok(existsSync(compiledFile(added, "src/extra.11ty.ts")));
  await rm(path.join(dir, "src/extra.11ty.ts"));
});

test("a syntax error is reported by file and line, and leaves no compiled code behind", async () => {
  await edit("src/index.11ty.tsx", (text) => text.replace("export function render", "export function render("));
  try {
    await assert.rejects(compileBuild(dir), (error: unknown) => {
      assert.ok(error instanceof CompileError);
      assert.match(error.lines[0] ?? "", /^src\/index\.11ty\.tsx:\d+:\d+: /);
      return true;
    });
    assert.ok(!existsSync(path.join(dir, ".cache", "build", `next-${process.pid}`)));
  } finally {
    await edit("src/index.11ty.tsx", (text) => text.replace("export function render(", "export function render"));
  }
});
