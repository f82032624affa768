import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile, rename } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { BUILD_NODE_ARGS } from "#cli/node-args.ts";
import { LANGUAGES } from "#schemas/languages.ts";
import { copyProject, runBuild } from "#test/project-copy.ts";

/** Processes whose command line names a folder inside `dir` (Pagefind is given the site's folder). */
async function processesIn(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const pid of (await readdir("/proc")).filter((name) => /^\d+$/.test(name))) {
    const command = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
    if (command.includes(dir)) found.push(command.replaceAll("\0", " ").trim());
  }
  return found;
}

/** A complete site: its pages and its search index. */
const complete = (site: string) =>
  existsSync(path.join(site, "en/index.html")) && LANGUAGES.every((lang) => existsSync(path.join(site, `pagefind/${lang}/pagefind.js`)));

test("a build interrupted between its two renames leaves the last good site to the next build, which puts it back", async () => {
  const project = await copyProject();
  try {
    assert.equal((await runBuild(project.dir)).code, 0);
    const site = path.join(project.dir, "_site");
    // What a hard kill between the renames leaves: the last good site under its old name, no _site.
    await rename(site, `${site}.old-999999`);
    await project.edit("_data/centers.json", (text) => text.replace('"id": "osaka",', '"id": "osaka",,'));
    const failed = await runBuild(project.dir);
    assert.equal(failed.code, 1, failed.output);
    assert.ok(complete(site), "the failed build put the last good site back in place");
    assert.deepEqual(
      (await readdir(project.dir)).filter((name) => name.startsWith("_site.")),
      [],
      "nothing left behind",
    );
  } finally {
    await project.remove();
  }
});

test("a build stopped by a signal at any moment leaves a complete site (the last good one or the new one)", {
  timeout: 180_000,
}, async () => {
  const project = await copyProject();
  try {
    assert.equal((await runBuild(project.dir)).code, 0);
    const site = path.join(project.dir, "_site");
    for (const delay of [300, 900, 1500, 1900, 2300, 2700, 3200]) {
      const build = spawn(process.execPath, BUILD_NODE_ARGS, { cwd: project.dir, stdio: "ignore" });
      const timer = setTimeout(() => build.kill("SIGTERM"), delay);
      await new Promise((resolve) => build.on("exit", resolve));
      clearTimeout(timer);
      assert.ok(complete(site), `after a signal at ${delay} ms, _site is complete`);
      assert.deepEqual(await processesIn(project.dir), [], `after a signal at ${delay} ms, no process of the build runs on`);
    }
  } finally {
    await project.remove();
  }
});
