import path from "node:path";
import { getOrMake } from "#lib/get-or-make.ts";
import { LANGUAGES, type Lang } from "#schemas/languages.ts";

// Markdown asks for every text token of a page: each path is worked out once.
const languages = new Map<string, Lang | undefined>();

/** A page's language is its folder under src/ (src/ja/… is Japanese); undefined for a file outside them. */
export function languageOfPage(file: string): Lang | undefined {
  return getOrMake(languages, file, () => {
    const [top, lang] = path.posix.normalize(file.split(path.sep).join("/")).replace(/^\.\//, "").split("/");
    return top === "src" ? LANGUAGES.find((l) => l === lang) : undefined;
  });
}
