import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync, watch } from "node:fs";
import http from "node:http";
import path from "node:path";
import sirv from "sirv";
import { option } from "./args.ts";
import { YOUNG_GENERATION } from "./node-args.ts";

/**
 * `npm start`: Eleventy's dev server with live reload (scripts/eleventy/site-server.ts: one watching Eleventy run per
 * part of the site, so an edited page is rebuilt by its own language's run). Eleventy rebuilds on Markdown, JSON and
 * CSS edits by itself (checking the content each time); it cannot reload imported TypeScript, so an edit to a layout,
 * component or build module restarts it here. Eleventy cannot start at all while the content has a mistake: then the
 * last good site is served as it is, and Eleventy starts again as soon as a file changes and the content checks pass.
 */
const port = Number(option(process.argv.slice(2), "port") ?? "8080");
const eleventyArgs = ["scripts/cli/serve-site.ts", `--port=${port}`];
const CODE = /\.(ts|tsx)$/;
const SITE = path.resolve("_site");

let eleventy: ChildProcess | undefined;
let lastGoodSite: http.Server | undefined;
let stopping = false;
let starting: Promise<void> | undefined;

/** The content checks, in a process of their own so that they always run the current code; true when they pass. */
function contentIsValid(): Promise<boolean> {
  return new Promise((resolve) => {
    const check = spawn(process.execPath, ["--import", "tsx", "scripts/cli/check-content.ts"], { stdio: "inherit" });
    check.on("exit", (code) => resolve(code === 0));
  });
}

/** The last good build, as it is (no live reload), on the same port, while Eleventy cannot run. */
async function serveLastGoodSite(): Promise<void> {
  if (lastGoodSite || !existsSync(path.join(SITE, "index.html"))) {
    if (!lastGoodSite) console.log("[dev] There is no built site to serve yet: fix the mistake above, and the server starts.");
    return;
  }
  const files = sirv(SITE, { dev: true, extensions: ["html"] });
  const notFound = readFileSync(path.join(SITE, "404.html"));
  lastGoodSite = http.createServer((req, res) =>
    files(req, res, () => {
      res.writeHead(404, { "content-type": "text/html; charset=utf-8" }).end(notFound);
    }),
  );
  await new Promise<void>((resolve) => lastGoodSite!.listen(port, resolve));
  console.log(`[dev] Serving the last good site on http://localhost:${port}/ until the mistake is fixed.`);
}

async function stopServingLastGoodSite(): Promise<void> {
  const server = lastGoodSite;
  lastGoodSite = undefined;
  if (!server) return;
  // Kept-alive connections would go on reaching this server after Eleventy's starts on the port.
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

/** Checks the content, then starts Eleventy's server; on a mistake, or if Eleventy stops, serves the last good site. */
function start(): Promise<void> {
  starting ??= (async () => {
    try {
      if (!(await contentIsValid())) return serveLastGoodSite();
      await stopServingLastGoodSite();
      const child = spawn(process.execPath, [YOUNG_GENERATION, "--import", "tsx", ...eleventyArgs], { stdio: "inherit" });
      eleventy = child;
      child.on("exit", (code) => {
        if (eleventy === child) eleventy = undefined;
        if (stopping || restartPending) return;
        console.log(`[dev] Eleventy stopped (exit ${code ?? "by signal"}); it starts again when a file changes.`);
        void serveLastGoodSite();
      });
    } finally {
      starting = undefined;
    }
  })();
  return starting;
}

let restartPending = false;
let restartTimer: NodeJS.Timeout | undefined;
/** Stops Eleventy if it runs, and starts it again (code changed, or content changed while it was not running). */
function restart(reason: string): void {
  clearTimeout(restartTimer);
  restartTimer = setTimeout(async () => {
    console.log(`[dev] ${reason}: restarting Eleventy`);
    restartPending = true;
    const old = eleventy;
    if (old && old.exitCode === null) {
      await new Promise((resolve) => {
        old.once("exit", resolve);
        old.kill("SIGTERM");
      });
    }
    restartPending = false;
    await starting;
    await start();
  }, 200);
}

for (const dir of ["scripts", "_includes"]) {
  watch(dir, { recursive: true }, (_event, file) => {
    if (file && CODE.test(file) && !file.startsWith("cli")) restart(`${dir}/${file} changed`);
  });
}
watch(".", (_event, file) => {
  if (file === ".eleventy.ts") restart(file);
});
// While Eleventy runs it watches content itself; while it cannot, a content edit may be the fix.
for (const dir of ["src", "_data"]) {
  watch(dir, { recursive: true }, (_event, file) => {
    if (!eleventy && !restartPending) restart(`${dir}/${file ?? ""} changed`);
  });
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopping = true;
    eleventy?.kill(signal);
    void stopServingLastGoodSite().then(() => process.exit(0));
  });
}
void start();
