import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * The site the tests read: built once by `npm test` (its `pretest` step), so every test file
 * asserts on the same real output. SITE_DIR points the tests at another build.
 */
export const SITE = process.env.SITE_DIR ?? path.join(ROOT, "_site");

export function requireBuiltSite(): string {
  if (!existsSync(path.join(SITE, "pagefind", "pagefind.js"))) {
    throw new Error(`No built site with a search index in ${SITE}: run \`npm run build\` first (npm test does).`);
  }
  return SITE;
}

export async function readPage(url: string): Promise<string> {
  const file = url.endsWith(".html") ? url : path.join(url, "index.html");
  return readFile(path.join(requireBuiltSite(), file), "utf8");
}
