import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { copyProject, runBuild } from "#test/project-copy.ts";

/** Every file of a built site, by path, with the hash of its bytes. */
async function fingerprint(site: string): Promise<Map<string, string>> {
  const files = (await readdir(site, { recursive: true, withFileTypes: true })).filter((f) => f.isFile());
  const entries = await Promise.all(
    files.map(async (f) => {
      const file = path.join(f.parentPath, f.name);
      return [
        path.relative(site, file),
        createHash("sha256")
          .update(await readFile(file))
          .digest("hex"),
      ] as const;
    }),
  );
  return new Map(entries.sort(([a], [b]) => a.localeCompare(b)));
}

test("two builds of the same sources, in different folders at different times, are byte-identical", async () => {
  const first = await copyProject();
  const second = await copyProject();
  try {
    const a = await runBuild(first.dir);
    assert.equal(a.code, 0, a.output);
    await sleep(1500); // a wall-clock second later: any time stamp in the output would now differ
    const b = await runBuild(second.dir);
    assert.equal(b.code, 0, b.output);
    const [one, two] = [await fingerprint(path.join(first.dir, "_site")), await fingerprint(path.join(second.dir, "_site"))];
    assert.ok(one.size > 40, `only ${one.size} files built`);
    assert.deepEqual([...two.keys()], [...one.keys()], "the same files");
    const differing = [...one].filter(([file, hash]) => two.get(file) !== hash).map(([file]) => file);
    assert.deepEqual(differing, [], "the same bytes in every file");
  } finally {
    await first.remove();
    await second.remove();
  }
});
