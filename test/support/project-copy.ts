import { spawn } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { BUILD_NODE_ARGS } from "#cli/node-args.ts";
import { copyProject as copyProjectTo } from "#tooling/project-copy.ts";
import { ROOT } from "./site.ts";

/** A throw-away copy of the project (sharing node_modules), for builds with a mistake put in on purpose. */
export async function copyProject(): Promise<{
  dir: string;
  edit(file: string, change: (text: string) => string): Promise<void>;
  remove(): Promise<void>;
}> {
  const dir = await copyProjectTo(ROOT);
  return {
    dir,
    async edit(file, change) {
      const target = path.join(dir, file);
      const before = await readFile(target, "utf8");
      const after = change(before);
      if (after === before) throw new Error(`The edit to ${file} changed nothing: the test's pattern no longer matches`);
      await writeFile(target, after);
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Runs the README's build command (`npm run build -- ...args`) in a project folder. */
export function runBuild(
  dir: string,
  env: Record<string, string> = {},
  args: string[] = [],
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...BUILD_NODE_ARGS, ...args], {
      cwd: dir,
      env: { ...process.env, ...env },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => resolve({ code, output }));
  });
}
