import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { LANGUAGES } from "#schemas/languages.ts";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * The site the tests read: built once by `npm test` (its build step), so every test file
 * asserts on the same real output. SITE_DIR points the tests at another build.
 */
const SITE = process.env.SITE_DIR ?? path.join(ROOT, "_site");

export function requireBuiltSite(): string {
  if (!LANGUAGES.every((lang) => existsSync(path.join(SITE, "pagefind", lang, "pagefind.js")))) {
    throw new Error(`No built site with a search index in ${SITE}: run \`npm run build\` first (npm test does).`);
  }
  return SITE;
}

/** The file a site URL is served from, relative to the site's folder: "/en/" → "en/index.html". */
export const pageFile = (url: string): string => (url.endsWith(".html") ? url : `${url}index.html`).slice(1);

/** The site URL a built file is served at: "en/index.html" → "/en/". */
export const fileUrl = (file: string): string => `/${file.split(path.sep).join("/")}`.replace(/index\.html$/, "");

export async function readPage(url: string): Promise<string> {
  return readFile(path.join(requireBuiltSite(), pageFile(url)), "utf8");
}
