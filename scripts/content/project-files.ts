import { type Dirent, readdirSync } from "node:fs";
import path from "node:path";
import { LANGUAGES, type Lang } from "#schemas/languages.ts";
import type { Problem } from "./problems.ts";

/** A folder or page name becomes part of a web address: nothing a reader would have to escape or guess. */
const URL_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** What Eleventy reads as a template (see templateFormats in .eleventy.ts). */
const TEMPLATE = /\.(md|11ty\.tsx?)$/;

export interface SourceFiles {
  /** The Markdown pages of every language, relative to the project root (src/en/...). */
  pages: Array<{ file: string; lang: Lang }>;
  /** Files Eleventy would read that are not pages or the site's own templates, links, and names a URL cannot carry. */
  problems: Problem[];
}

/**
 * Every file under src/, without following links: each is a page of a language, one of the site's own templates
 * (src/*.11ty.ts), an asset, or a mistake. Nothing reaches Eleventy that the checks have not seen.
 *
 * Synchronous: the walk of the 4,000-page bench site took 4-6 ms so, 19-30 ms through promises, and the checks start
 * reading the pages without first giving the build's other work a turn (see validateProject).
 */
export function listSourceFiles(root: string): SourceFiles {
  const pages: SourceFiles["pages"] = [];
  const problems: Problem[] = [];
  const walk = (dir: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(path.join(root, dir), { withFileTypes: true });
    } catch {
      entries = [];
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const file = `${dir}/${entry.name}`;
      const [, top, ...rest] = file.split("/");
      const lang = LANGUAGES.find((l) => l === top);
      if (entry.isSymbolicLink()) {
        problems.push({
          file,
          message: "is a symbolic link: the site's files must be real files (a link can lead outside the project, or round in a loop)",
        });
      } else if (entry.isDirectory()) {
        if (file === "src/_data")
          problems.push({
            file,
            message: "is Eleventy's data folder: site data lives in _data/ at the project's root, where it is checked",
          });
        else if (lang && !URL_NAME.test(entry.name)) problems.push({ file, message: nameMessage(entry.name) });
        else walk(file);
      } else if (lang && rest.length) {
        const name = entry.name.replace(/\.md$/, "");
        if (!entry.name.endsWith(".md"))
          problems.push({ file, message: "is not a Markdown page: a language folder holds only .md pages (data goes in _data/)" });
        else if (!URL_NAME.test(name)) problems.push({ file, message: nameMessage(entry.name) });
        else pages.push({ file, lang });
      } else if (rest.length === 0 && /\.11ty\.tsx?$/.test(entry.name)) {
        // The site's own templates (the root page, 404, feeds, sitemap): code, checked by the type checker.
      } else if (top === "assets" && !TEMPLATE.test(entry.name)) {
        // Stylesheet, icon and scripts: read by the assets plugin by name, never by Eleventy.
      } else {
        problems.push({
          file,
          message: `is outside the language folders (${LANGUAGES.map((l) => `src/${l}/`).join(", ")}): Eleventy would publish it unchecked; move it or remove it`,
        });
      }
    }
  };
  walk("src");
  return { pages, problems };
}

const nameMessage = (name: string) =>
  `has a name a web address cannot carry as it is ("${name}"): use lower-case letters, digits and hyphens, like my-page.md`;
