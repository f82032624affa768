// Plain JavaScript: `npm run build` starts here, without a TypeScript loader. It compiles the build's TypeScript with
// esbuild (or takes it from the cache when nothing changed) and runs that. Under tsx, loading the build's modules took
// 1.0-1.2 s and 1.6-1.9 core-s; compiled, 0.6 s and 0.9 core-s, and tsx itself took 0.23 s more to start. The
// templates are then imported once for all of the build's Eleventy runs, not again in each run through the loader.
import { pathToFileURL } from "node:url";
import { BUILD_COMMAND, CompileError, compileBuild, compiledFile } from "../tooling/compiled-build.mjs";

// Eleventy's module hook adds a query to the imports of files edited under watch; a one-off build edits none, and without
// the hook (Eleventy's own switch, 11ty/eleventy#3371) no import waits on the thread Node runs hooks in.
process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= "1";
// Stack traces name the TypeScript sources, not the compiled modules, when DEBUG=1 asks for them.
if (process.env.DEBUG) process.setSourceMapsEnabled(true);

try {
  const compiled = await compileBuild(process.cwd());
  /** @type {typeof import("./build-command.ts")} */
  const { buildCommand } = await import(pathToFileURL(compiledFile(compiled, BUILD_COMMAND)).href);
  await buildCommand(process.argv.slice(2), compiled);
} catch (error) {
  if (!(error instanceof CompileError) || process.env.DEBUG) throw error;
  const lines = error.lines.map((line) => `  ✖ ${line}`).join("\n");
  console.error(`The build's code does not compile:\n${lines}\n\nThe build stopped; the last good site was left as it was.`);
  process.exitCode = 1;
}
