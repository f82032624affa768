import { type ChildProcess, spawn } from "node:child_process";
import { watch } from "node:fs";
import { option } from "./args.ts";

/**
 * `npm start`: Eleventy's dev server with live reload. Eleventy rebuilds on Markdown, JSON and CSS edits by itself
 * (and re-runs validation and the search index each time); it cannot reload imported TypeScript, so an edit to a
 * layout, component or build module restarts it here.
 */
const port = option(process.argv.slice(2), "port") ?? "8080";
// --incremental: an edited page is rendered again on its own, not the whole site.
const eleventyArgs = [
  "node_modules/@11ty/eleventy/cmd.cjs",
  "--config=.eleventy.ts",
  "--serve",
  "--incremental",
  "--quiet",
  `--port=${port}`,
];
const CODE = /\.(ts|tsx)$/;

let child: ChildProcess | undefined;
let restarting: NodeJS.Timeout | undefined;

function start(): void {
  child = spawn(process.execPath, ["--import", "tsx", ...eleventyArgs], { stdio: "inherit" });
}

function restart(file: string): void {
  clearTimeout(restarting);
  restarting = setTimeout(() => {
    console.log(`[dev] ${file} changed: restarting Eleventy so the new code is loaded`);
    const old = child;
    if (old && old.exitCode === null) {
      old.once("exit", start);
      old.kill("SIGTERM");
    } else start();
  }, 150);
}

for (const dir of ["scripts", "_includes"]) {
  watch(dir, { recursive: true }, (_event, file) => {
    if (file && CODE.test(file) && !file.startsWith("cli")) restart(`${dir}/${file}`);
  });
}
watch(".", (_event, file) => {
  if (file === ".eleventy.ts") restart(file);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    child?.kill(signal);
    process.exit(0);
  });
}
start();
