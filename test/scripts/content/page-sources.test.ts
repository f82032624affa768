import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import type { PageSource } from "#content/page-source.mjs";
import { readPageSources } from "#content/page-sources.ts";

let root: string;
const files: string[] = [];
before(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "page-sources-"));
  await mkdir(path.join(root, "src/en"), { recursive: true });
  const pages: Array<[string, string | Uint8Array]> = [
    ["good", "---\ntitle: Good\nreviewed: 2025-02-30\ntags: [a, b]\n---\n# Heading\n\nText.\n"],
    ["proto", '---\n__proto__:\n  polluted: true\ntitle: "x"\n---\nBody\n'],
    ["broken-yaml", "---\ntitle: A\nkeywords: [a, b\n---\nBody\n"],
    ["bom", "\uFEFF---\ntitle: BOM\n---\nBody\n"],
    ["not-utf8", Uint8Array.from([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x3a, 0x20, 0x82, 0xa0, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a])],
    ["control", "---\ntitle: Bell\u0007\n---\nBody\n"],
    ["no-front-matter", "Just text.\n"],
    ["japanese", "---\ntitle: 留学生のインターンシップ\n---\n本文です。\n"],
  ];
  // Enough pages that a thread is worth starting, with every kind of page among them.
  for (let copy = 0; copy < 80; copy++) {
    for (const [name, text] of pages) {
      const file = `src/en/${name}-${copy}.md`;
      await writeFile(path.join(root, file), text);
      files.push(file);
    }
  }
});
after(() => rm(root, { recursive: true, force: true }));

async function readAll(threadFrom: number): Promise<PageSource[]> {
  const sources: PageSource[] = [];
  await readPageSources(
    root,
    files,
    (source, index) => {
      assert.equal(index, sources.length, "in order");
      sources.push(source);
    },
    { threadFrom },
  );
  return sources;
}

test("pages read in a thread of their own come back in order, exactly as read on the main thread", async () => {
  const inThread = await readAll(0);
  const here = await readAll(Number.POSITIVE_INFINITY);
  assert.equal(inThread.length, files.length);
  assert.deepEqual(inThread, here);
  const byName = (name: string) => inThread[files.indexOf(`src/en/${name}-0.md`)]!;
  assert.deepEqual(byName("good").parsed.data, { title: "Good", reviewed: "2025-02-30", tags: ["a", "b"] });
  assert.equal(byName("good").parsed.body?.firstLine, 6);
  assert.match(byName("broken-yaml").parsed.problem?.message ?? "", /not valid YAML/);
  assert.match(byName("bom").problem?.message ?? "", /byte-order mark/);
  assert.match(byName("not-utf8").problem?.message ?? "", /not UTF-8/);
  assert.match(byName("control").problem?.message ?? "", /U\+0007/);
  assert.equal(byName("japanese").parsed.body?.text, "本文です。\n");
  const proto = byName("proto").parsed.data!;
  assert.equal(Object.getPrototypeOf(proto), Object.prototype, "a __proto__ key stays a key, never the object's prototype");
  assert.equal(({} as { polluted?: boolean }).polluted, undefined);
});

test("a page that cannot be read stops the reading with the file's error, in the thread as on the main thread", async () => {
  for (const threadFrom of [0, Number.POSITIVE_INFINITY]) {
    await assert.rejects(
      readPageSources(root, [...files, "src/en/missing.md"], () => {}, { threadFrom }),
      /ENOENT.*missing\.md/,
    );
  }
});
