import path from "node:path";
import { LANGUAGES, type Lang } from "#schemas/languages.ts";

/** A page's language is its folder under src/ (src/ja/… is Japanese); undefined for a file outside them. */
export function languageOfPage(file: string): Lang | undefined {
  const [top, lang] = path.posix.normalize(file.split(path.sep).join("/")).replace(/^\.\//, "").split("/");
  return top === "src" ? LANGUAGES.find((l) => l === lang) : undefined;
}
