import { readdir } from "node:fs/promises";
import path from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { readPage, requireBuiltSite } from "./site.ts";

export async function loadPage(url: string): Promise<HTMLElement> {
  return parse(await readPage(url));
}

/** Every built HTML page, as site URLs ("/en/students/", "/en/404.html"). */
export async function builtPages(): Promise<string[]> {
  const site = requireBuiltSite();
  const files = await readdir(site, { recursive: true });
  return files
    .filter((file) => file.endsWith(".html") && !file.startsWith("pagefind"))
    .map((file) => `/${file.split(path.sep).join("/")}`.replace(/index\.html$/, ""))
    .sort();
}

export const text = (element: HTMLElement | null | undefined) => (element?.textContent ?? "").replace(/\s+/g, " ").trim();
