import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import os from "node:os";
import { test } from "node:test";
import { childrenNamed, processStat } from "#test/processes.ts";
import { copyProject } from "#test/project-copy.ts";

test("while Pagefind indexes, the build's rendering thread yields to it: Pagefind keeps the normal priority", async () => {
  const project = await copyProject();
  try {
    const build = spawn(process.execPath, ["--import", "tsx", "scripts/cli/build.ts"], { cwd: project.dir, stdio: "ignore" });
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
