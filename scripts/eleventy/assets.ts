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

interface BuiltAssets {
  css: BuiltAsset;
  search: BuiltAsset;
  icon: BuiltAsset;
}

/** The stylesheet, the search script and the icon, named by content hash so hosts can cache them for ever. */
export async function buildAssets(root: string): Promise<BuiltAssets> {
  const css = await readFile(path.join(root, "src/assets/style.css"));
  const icon = await readFile(path.join(root, "src/assets/icon.svg"));
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
    icon: { url: hashed("icon", "svg", icon), contents: icon },
  };
}

/** Builds the assets once per Eleventy run, exposes their URLs as `assets`, writes them beside the pages. */
export function assets(eleventyConfig: EleventyConfig): void {
  const root = process.cwd();
  let current: Promise<BuiltAssets> | undefined;
  eleventyConfig.on("eleventy.before", () => {
    current = buildAssets(root);
  });
  eleventyConfig.addGlobalData("assets", async () => {
    const built = await (current ??= buildAssets(root));
    return { css: built.css.url, search: built.search.url, icon: built.icon.url };
  });
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    const built = await (current ??= buildAssets(root));
    for (const asset of Object.values(built)) {
      const file = path.join(directories.output, asset.url);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, asset.contents);
    }
  });
  eleventyConfig.addWatchTarget("src/assets/");
}
