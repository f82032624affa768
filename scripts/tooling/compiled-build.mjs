// Plain JavaScript, typed by JSDoc: it compiles the build's TypeScript, so it runs before any TypeScript can.
import { createHash } from "node:crypto";
import { readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { build, version } from "esbuild";

/**
 * The build's code compiled to JavaScript: the build command, the Eleventy configuration and every template and
 * layout, as modules of one folder that share their imports (code splitting), so a module the configuration and a
 * layout both import is one module, as it is under a TypeScript loader.
 *
 * @typedef {object} CompiledBuild
 * @property {string} dir The folder, inside the project (`.cache/build/<fingerprint>`), so the compiled modules find
 *   the project's node_modules and its package.json (ES modules, `#` imports) as the sources do.
 */

/** Where compiled builds are kept, in the project: a build whose sources have not changed reuses its compiled code. */
const CACHE = ".cache/build";
/** The module the build command runs (see scripts/cli/build.mjs). */
export const BUILD_COMMAND = "scripts/cli/build-command.ts";
const CONFIG = ".eleventy.ts";
/**
 * Templates and layouts are the files Eleventy imports by name (the folders the configuration gives it). The site's
 * own templates sit at the root of src/, among the language folders (the checks refuse one anywhere else there):
 * finding them without walking every page took the compile's check 46-66 ms less at 4,000 pages.
 */
const TEMPLATE_FOLDERS = [
  { folder: "src", recursive: false },
  { folder: "_includes", recursive: true },
];
const isTemplate = (/** @type {string} */ file) => /\.11ty\.tsx?$/.test(file);
/** Besides the modules themselves, what decides the compiled output. */
const SETTINGS_FILES = ["package.json", "tsconfig.json"];
/** A compiled folder no build has used for this long is removed (a build still running may be using an older one). */
const KEEP_OLD_MS = 60 * 60 * 1000;

/** @type {import("esbuild").BuildOptions} */
const OPTIONS = {
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // Packages are imported from node_modules as they are; only the project's own modules are compiled.
  packages: "external",
  outExtension: { ".js": ".mjs" },
  chunkNames: "chunks/[name]-[hash]",
  // Read by Node only when DEBUG=1 asks for stack traces (see scripts/cli/build.mjs).
  sourcemap: "linked",
  logLevel: "silent",
  metafile: true,
};

/**
 * The compiled file of a source file (relative to the project root, or as Eleventy names it, `./src/feed.11ty.ts`).
 *
 * @param {CompiledBuild} compiled
 * @param {string} source
 */
export function compiledFile(compiled, source) {
  return path.join(compiled.dir, path.normalize(source).replace(/\.tsx?$/, ".mjs"));
}

/**
 * The build's code compiled, from the cache when no source has changed since it was compiled. A syntax error throws
 * a CompileError naming each file and line.
 *
 * @param {string} root
 * @returns {Promise<CompiledBuild>}
 */
export async function compileBuild(root) {
  const cache = path.join(root, CACHE);
  const entries = [BUILD_COMMAND, CONFIG, ...(await templates(root))];
  const manifestFile = path.join(cache, "manifest.json");
  const manifest = /** @type {{ entries: string[], inputs: string[], fingerprint: string } | undefined} */ (
    await readFile(manifestFile, "utf8").then(JSON.parse, () => undefined)
  );
  if (manifest && manifest.entries.join("\n") === entries.join("\n")) {
    const dir = path.join(cache, manifest.fingerprint);
    const current = await fingerprint(root, entries, manifest.inputs).catch(() => undefined);
    if (current === manifest.fingerprint && (await stat(dir).catch(() => undefined))) return { dir };
  }

  const staging = path.join(cache, `next-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  let result;
  try {
    result = await build({ ...OPTIONS, absWorkingDir: root, entryPoints: entries, outdir: staging, outbase: root });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw CompileError.from(error);
  }
  const inputs = Object.keys(result.metafile?.inputs ?? {}).sort();
  const print = await fingerprint(root, entries, inputs);
  const dir = path.join(cache, print);
  // Another build may have compiled the same sources meanwhile: its folder is as good as this one.
  await rename(staging, dir).catch(() => rm(staging, { recursive: true, force: true }));
  const written = `${manifestFile}.${process.pid}`;
  await writeFile(written, `${JSON.stringify({ entries, inputs, fingerprint: print }, null, 2)}\n`);
  await rename(written, manifestFile);
  await removeOld(cache, print);
  return { dir };
}

/**
 * The templates and layouts, sorted (the order decides nothing, but a fingerprint must not depend on readdir's).
 *
 * @param {string} root
 */
async function templates(root) {
  const found = [];
  for (const { folder, recursive } of TEMPLATE_FOLDERS) {
    const files = await readdir(path.join(root, folder), { recursive }).catch(() => []);
    for (const file of files) if (isTemplate(file)) found.push(path.posix.join(folder, file.split(path.sep).join("/")));
  }
  return found.sort();
}

/**
 * What the compiled code depends on: esbuild's version and options, the entries, and the content of every module
 * they import and of the settings files. A file missing rejects (so the cache is not used).
 *
 * @param {string} root
 * @param {string[]} entries
 * @param {string[]} inputs
 */
async function fingerprint(root, entries, inputs) {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ version, OPTIONS, entries }));
  for (const file of [...SETTINGS_FILES, ...inputs]) {
    hash.update(`\0${file}\0`);
    hash.update(await readFile(path.join(root, file)));
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * Compiled folders of older sources, and the unfinished ones of builds that were stopped, once unused for a while.
 *
 * @param {string} cache
 * @param {string} current
 */
async function removeOld(cache, current) {
  const now = Date.now();
  for (const name of await readdir(cache).catch(() => [])) {
    if (name === current || name.startsWith("manifest.json")) continue;
    const folder = path.join(cache, name);
    const changed = await stat(folder).then(
      (stats) => stats.mtimeMs,
      () => now,
    );
    if (now - changed > KEEP_OLD_MS) await rm(folder, { recursive: true, force: true });
  }
}

/** The build's TypeScript does not compile: one line per error, naming the file and line. */
export class CompileError extends Error {
  /** @param {unknown} error */
  static from(error) {
    const errors = /** @type {{ errors?: import("esbuild").Message[] }} */ (error).errors;
    if (!errors?.length) return error;
    const lines = errors.map(({ text, location }) =>
      location ? `${location.file}:${location.line}:${location.column + 1}: ${text}` : text,
    );
    return new CompileError(lines);
  }

  /** @param {string[]} lines */
  constructor(lines) {
    super(lines.join("\n"));
    this.lines = lines;
  }
}
