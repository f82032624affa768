import { readdir } from "node:fs/promises";
import { type HTMLElement, parse } from "node-html-parser";
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

export const text = (element: HTMLElement | null | undefined) => (element?.textContent ?? "").replace(/\s+/g, " ").trim();
