import { readdir } from "node:fs/promises";
import { type HTMLElement, parse } from "node-html-parser";
import { LANGUAGES, type Lang } from "#schemas/languages.ts";
import { fileUrl, readPage, requireBuiltSite } from "./site.ts";

export async function loadPage(url: string): Promise<HTMLElement> {
  return parse(await readPage(url));
}

/** Every built HTML page, as site URLs ("/en/students/", "/en/404.html"); of the tests' site unless told another. */
export async function builtPages(site = requireBuiltSite()): Promise<string[]> {
  const files = await readdir(site, { recursive: true });
  return files
    .filter((file) => file.endsWith(".html") && !file.startsWith("pagefind"))
    .map(fileUrl)
    .sort();
}

/** The language a site URL is in ("/ja/students/" → "ja"); none for the root page and 404. */
export const languageOf = (url: string): Lang | undefined => LANGUAGES.find((lang) => url.startsWith(`/${lang}/`));

/**
 * Each page once, in one of its languages: pages are grouped by their path below the language ("students/",
 * "404.html"), and the groups take the languages in turn, so every path and every language is among them.
 * Pages outside any language (the root page and 404) are all kept.
 */
export function eachPathOnce(pages: readonly string[]): string[] {
  const byPath = new Map<string, Map<string, string>>();
  const unlocalised: string[] = [];
  for (const url of pages) {
    const lang = languageOf(url);
    if (!lang) {
      unlocalised.push(url);
      continue;
    }
    const rest = url.slice(lang.length + 2);
    byPath.set(rest, (byPath.get(rest) ?? new Map()).set(lang, url));
  }
  const chosen = [...byPath.keys()].sort().map((rest, i) => {
    const versions = byPath.get(rest)!;
    // The language whose turn it is, or the next one the page is in.
    const order = LANGUAGES.map((_, k) => LANGUAGES[(i + k) % LANGUAGES.length]!);
    return versions.get(order.find((lang) => versions.has(lang))!)!;
  });
  return [...unlocalised, ...chosen].sort();
}

export const text = (element: HTMLElement | null | undefined) => (element?.textContent ?? "").replace(/\s+/g, " ").trim();
