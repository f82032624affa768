import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { BUILD_NODE_ARGS } from "#cli/node-args.ts";
import { childrenNamed, processStat } from "#test/processes.ts";
import { copyProject } from "#test/project-copy.ts";
import { ROOT } from "#test/site.ts";

test("while Pagefind indexes, the build's rendering thread yields to it: Pagefind keeps the normal priority", async () => {
  const project = await copyProject();
  try {
    const build = spawn(process.execPath, BUILD_NODE_ARGS, { cwd: project.dir, stdio: "ignore" });
    const exited = new Promise<number | null>((resolve) => build.on("exit", resolve));
    let running = true;
    void exited.then(() => (running = false));
    const seen: Array<{ build: number; pagefind: number }> = [];
    while (running) {
      const builder = await processStat(build.pid!);
      const [pagefind] = await childrenNamed(build.pid!, "pagefind");
      if (builder && pagefind) seen.push({ build: builder.nice, pagefind: pagefind.nice });
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    assert.equal(await exited, 0, "the build succeeded");
    assert.ok(seen.length > 0, "Pagefind's process was seen while the build ran");
    // The build starts at this process's priority (a CI runner may itself run below normal).
    const normal = os.getPriority();
    assert.ok(
      seen.every((sample) => sample.pagefind === normal),
      `Pagefind's process kept the priority the build started with (${normal}): ${JSON.stringify(seen)}`,
    );
    assert.ok(
      seen.some((sample) => sample.build > sample.pagefind),
      `the build's rendering thread took the lowest priority while Pagefind ran: ${JSON.stringify(seen)}`,
    );
  } finally {
    await project.remove();
  }
});

test("npm run build starts Node as the bench and the tests do", async () => {
  const { scripts } = JSON.parse(await readFile(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
  assert.equal(scripts.build, `node ${BUILD_NODE_ARGS.join(" ")}`);
});
