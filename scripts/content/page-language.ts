import path from "node:path";
import { LANGUAGES, type Lang } from "#schemas/languages.ts";

// Markdown asks for every text token of a page: each path is worked out once.
const languages = new Map<string, Lang | undefined>();

/** A page's language is its folder under src/ (src/ja/… is Japanese); undefined for a file outside them. */
export function languageOfPage(file: string): Lang | undefined {
  if (languages.has(file)) return languages.get(file);
  const [top, lang] = path.posix.normalize(file.split(path.sep).join("/")).replace(/^\.\//, "").split("/");
  const found = top === "src" ? LANGUAGES.find((l) => l === lang) : undefined;
  languages.set(file, found);
  return found;
}
