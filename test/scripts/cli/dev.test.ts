import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { test } from "node:test";
import { YOUNG_GENERATION } from "#cli/node-args.ts";
import { childrenNamed } from "#test/processes.ts";
import { copyProject, runBuild } from "#test/project-copy.ts";

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** Polls the dev server until `ready` accepts a page's HTML (or the time is up). */
async function waitFor(url: string, ready: (html: string) => boolean, seconds = 40): Promise<string> {
  let last = "";
  for (const deadline = Date.now() + seconds * 1000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
    last = await fetch(url)
      .then((response) => response.text())
      .catch(() => "");
    if (ready(last)) return last;
  }
  throw new Error(`${url} never became ready; last response:\n${last.slice(0, 500)}`);
}

/** `npm start` in a project folder, in a process group of its own: its output so far, and a way to stop it. */
function startDev(dir: string, port: number): { pid: number; output(): string; stop(): void } {
  const dev = spawn(process.execPath, ["--import", "tsx", "scripts/cli/dev.ts", "--port", String(port)], { cwd: dir, detached: true });
  let output = "";
  dev.stdout.on("data", (chunk) => (output += chunk));
  dev.stderr.on("data", (chunk) => (output += chunk));
  return { pid: dev.pid!, output: () => output, stop: () => process.kill(-dev.pid!, "SIGTERM") };
}

test("npm start with a content mistake serves the last good site, then Eleventy once the mistake is fixed", {
  timeout: 120_000,
}, async () => {
  const project = await copyProject();
  const port = await freePort();
  try {
    assert.equal((await runBuild(project.dir)).code, 0, "a good build first");
    await project.edit("src/en/students/index.md", (text) => text.replace(/^title: .*$/m, "title:"));
    const dev = startDev(project.dir, port);
    try {
      const url = `http://localhost:${port}/en/students/`;
      const lastGood = await waitFor(url, (html) => html.includes("<title>"));
      assert.match(dev.output(), /src\/en\/students\/index\.md › title/, "the mistake is reported");
      assert.doesNotMatch(lastGood, /reload-client/, "the last good site, as built");
      await project.edit("src/en/students/index.md", (text) => text.replace(/^title:$/m, "title: Fixed Students Page"));
      const rebuilt = await waitFor(url, (html) => html.includes("Fixed Students Page"));
      assert.match(rebuilt, /Fixed Students Page/);
      const reload = await fetch(`http://localhost:${port}/.11ty/reload-client.js`);
      assert.equal(reload.status, 200, `Eleventy's dev server, with live reload, is back:\n${dev.output()}`);
      const commands = await Promise.all(
        (await childrenNamed(dev.pid, "node")).map(({ pid }) => readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "")),
      );
      const eleventy = commands.map((command) => command.split("\0")).find((args) => args.includes("scripts/cli/serve-site.ts"));
      assert.deepEqual(eleventy?.slice(1, 4), [YOUNG_GENERATION, "--import", "tsx"], "Eleventy's process has the larger young generation");
    } finally {
      dev.stop();
    }
  } finally {
    await project.remove();
  }
});

test("npm start rebuilds an edited page in its own language's run alone, and a data file edit in every language", {
  timeout: 180_000,
}, async () => {
  const project = await copyProject();
  const port = await freePort();
  try {
    const dev = startDev(project.dir, port);
    const logged = async (pattern: RegExp, after: number) => {
      for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
        if (pattern.test(dev.output().slice(after))) return;
      }
      throw new Error(`npm start never logged ${pattern}:\n${dev.output()}`);
    };
    try {
      await logged(/\[search\] every language indexed/, 0);
      const jaPage = path.join(project.dir, "_site/ja/students/index.html");
      const jaWritten = (await stat(jaPage)).mtimeMs;

      const beforePageEdit = dev.output().length;
      await project.edit("src/en/students/index.md", (text) => text.replace(/^title: .*$/m, "title: Edited Students Page"));
      await waitFor(`http://localhost:${port}/en/students/`, (html) => html.includes("Edited Students Page"));
      await logged(/\[search\] index updated in [\d.]+ s \(en\)/, beforePageEdit);
      assert.equal((await stat(jaPage)).mtimeMs, jaWritten, "the Japanese pages were not written again");

      await project.edit("_data/centers.json", (text) =>
        text
          .replace("Tokyo Employment Service Center for Foreigners", "Tokyo Center Edited")
          .replace("東京外国人雇用サービスセンター", "東京センター編集"),
      );
      const centers = "students/working/centers/";
      await waitFor(`http://localhost:${port}/en/${centers}`, (html) => html.includes("Tokyo Center Edited"));
      await waitFor(`http://localhost:${port}/ja/${centers}`, (html) => html.includes("東京センター編集"));
    } finally {
      dev.stop();
    }
  } finally {
    await project.remove();
  }
});
