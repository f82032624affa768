import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";
import type { EleventyConfig } from "./config-types.ts";

interface BuiltAsset {
  url: string;
  contents: Uint8Array;
}

const hashed = (name: string, ext: string, contents: Uint8Array) =>
  `/assets/${name}.${createHash("sha256").update(contents).digest("hex").slice(0, 10)}.${ext}`;

/** The stylesheet and the search script, named by content hash so hosts can cache them for ever. */
export async function buildAssets(root: string): Promise<{ css: BuiltAsset; search: BuiltAsset }> {
  const css = await readFile(path.join(root, "src/assets/style.css"));
  const bundle = await build({
    entryPoints: [path.join(root, "src/assets/search.ts")],
    bundle: true,
    format: "esm",
    target: "es2020",
    minify: true,
    write: false,
    legalComments: "none",
  });
  const search = bundle.outputFiles[0]!.contents;
  return {
    css: { url: hashed("style", "css", css), contents: css },
    search: { url: hashed("search", "js", search), contents: search },
  };
}

/** Builds the assets once per Eleventy run, exposes their URLs as `assets`, writes them beside the pages. */
export function assets(eleventyConfig: EleventyConfig): void {
  const root = process.cwd();
  let current: Promise<{ css: BuiltAsset; search: BuiltAsset }> | undefined;
  eleventyConfig.on("eleventy.before", () => {
    current = buildAssets(root);
  });
  eleventyConfig.addGlobalData("assets", async () => {
    const built = await (current ??= buildAssets(root));
    return { css: built.css.url, search: built.search.url };
  });
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    const built = await (current ??= buildAssets(root));
    for (const asset of [built.css, built.search]) {
      const file = path.join(directories.output, asset.url);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, asset.contents);
    }
  });
  eleventyConfig.addWatchTarget("src/assets/");
}
