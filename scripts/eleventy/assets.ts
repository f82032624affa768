import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";
import { LANGUAGES } from "#schemas/languages.ts";
import type { EleventyConfig } from "./config-types.ts";

interface BuiltAsset {
  url: string;
  contents: Uint8Array;
}

const hashed = (name: string, ext: string, contents: Uint8Array) =>
  `/assets/${name}.${createHash("sha256").update(contents).digest("hex").slice(0, 10)}.${ext}`;

interface BuiltAssets {
  css: BuiltAsset;
  /** Only for browsers without JavaScript, on the search page: hides the form that cannot work there. */
  noscriptCss: BuiltAsset;
  icon: BuiltAsset;
  search: BuiltAsset;
  register: BuiltAsset;
  /** The offline page's list of the pages kept on this device. */
  offline: BuiltAsset;
  /** At the site's root, under a fixed name: a service worker's URL must not change between versions. */
  serviceWorker: BuiltAsset;
}

async function bundle(
  root: string,
  entry: string,
  options: { format: "esm" | "iife"; define?: Record<string, string> },
): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    target: "es2020",
    minify: true,
    write: false,
    legalComments: "none",
    ...options,
  });
  return result.outputFiles[0]!.contents;
}

/** The stylesheet, icon and scripts; all but the service worker named by content hash, so hosts can cache them for ever. */
async function buildAssets(root: string): Promise<BuiltAssets> {
  const cssBytes = await readFile(path.join(root, "src/assets/style.css"));
  const noscriptBytes = await readFile(path.join(root, "src/assets/noscript.css"));
  const iconBytes = await readFile(path.join(root, "src/assets/icon.svg"));
  const css = { url: hashed("style", "css", cssBytes), contents: cssBytes };
  const icon = { url: hashed("icon", "svg", iconBytes), contents: iconBytes };
  const search = await bundle(root, "src/assets/search.ts", { format: "esm" });
  const register = await bundle(root, "src/assets/register.ts", { format: "esm" });
  const offlineBytes = await bundle(root, "src/assets/offline.ts", { format: "esm" });
  const offline = { url: hashed("offline", "js", offlineBytes), contents: offlineBytes };
  // The worker keeps the stylesheet, icon and each language's offline page (with its script) when it installs, so a
  // page read offline keeps its look, and a page never opened says the connection is down, in the reader's language.
  const offlinePages = Object.fromEntries(LANGUAGES.map((lang) => [lang, `/${lang}/offline/`]));
  const serviceWorker = await bundle(root, "src/assets/sw.ts", {
    format: "iife",
    define: {
      PRECACHE: JSON.stringify([css.url, icon.url, offline.url, ...Object.values(offlinePages)]),
      OFFLINE_PAGES: JSON.stringify(offlinePages),
    },
  });
  return {
    css,
    noscriptCss: { url: hashed("noscript", "css", noscriptBytes), contents: noscriptBytes },
    icon,
    search: { url: hashed("search", "js", search), contents: search },
    register: { url: hashed("register", "js", register), contents: register },
    offline,
    serviceWorker: { url: "/sw.js", contents: serviceWorker },
  };
}

/**
 * The assets of one build, made once however many Eleventy runs the build has (one per language); watch mode makes
 * them again after an edit to a stylesheet or script.
 */
export class SiteAssets {
  readonly #root: string;
  #current: Promise<BuiltAssets> | undefined;

  constructor(root: string) {
    this.#root = root;
  }

  built(): Promise<BuiltAssets> {
    this.#current ??= buildAssets(this.#root);
    return this.#current;
  }

  rebuild(): void {
    this.#current = undefined;
  }
}

const isAssetSource = (file: string) => /(^|[\\/])src[\\/]assets[\\/]/.test(file);

/** Exposes the assets' URLs as `assets`; the run that writes the shared files writes them beside the pages. */
export function assets(eleventyConfig: EleventyConfig, { assets, writes }: { assets: SiteAssets; writes: boolean }): void {
  // Watch mode: made again when one of their sources changed (bundling them on every page edit cost more than the page).
  eleventyConfig.on("eleventy.beforeWatch", (files) => {
    if (files.some(isAssetSource)) assets.rebuild();
  });
  eleventyConfig.addGlobalData("assets", async () => {
    const { css, noscriptCss, search, icon, register, offline } = await assets.built();
    return { css: css.url, noscriptCss: noscriptCss.url, search: search.url, icon: icon.url, register: register.url, offline: offline.url };
  });
  if (!writes) return;
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    for (const asset of Object.values(await assets.built())) {
      const file = path.join(directories.output, asset.url);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, asset.contents);
    }
  });
  eleventyConfig.addWatchTarget("src/assets/");
}
