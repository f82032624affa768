import { readdir } from "node:fs/promises";
import path from "node:path";
import { LANGUAGES, type Lang } from "#schemas/common.ts";

/** The Markdown pages of every language, as paths relative to the project root (src/en/...). */
export async function listPages(root: string): Promise<Array<{ file: string; lang: Lang }>> {
  const pages: Array<{ file: string; lang: Lang }> = [];
  for (const lang of LANGUAGES) {
    const dir = path.join(root, "src", lang);
    const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
    for (const entry of entries.sort()) {
      if (entry.endsWith(".md")) pages.push({ file: path.posix.join("src", lang, entry.split(path.sep).join("/")), lang });
    }
  }
  return pages;
}
