import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import { deepFreeze } from "#lib/deep-freeze.ts";
import { todayInJapan } from "#lib/japan-time.ts";
import { LANGUAGES, type Lang } from "#schemas/common.ts";
import { DATA_FILES, type DataName, type SiteData, STRINGS_FILES } from "#schemas/data-files.ts";
import { type FrontMatter, frontMatter, LAYOUTS } from "#schemas/front-matter.ts";
import { parseFrontMatter } from "./front-matter.ts";
import { findCitations, findDateReferences } from "./inline-syntax.ts";
import { parseJson } from "./json-file.ts";
import { pageUrl } from "./page-url.ts";
import { checkAgainst, fieldPath, type Problem } from "./problems.ts";
import { listPages } from "./project-files.ts";
import { checkReferences, type PageReferences } from "./references.ts";

/** A page whose front matter passed its schema, with where it lives and where it is published. */
export interface ValidPage extends FrontMatter {
  /** Relative to the project root: `src/en/students/index.md`. */
  file: string;
  lang: Lang;
  /** The URL Eleventy writes it to, without the path prefix: `/en/students/`. */
  url: string;
  /** The sources its Markdown cites, in the order they first appear. */
  cites: readonly string[];
  /** The events whose dates its Markdown shows. */
  dates: readonly string[];
}

/** Everything the site is built from, checked: the only data templates, plugins and the search index receive. */
export interface SiteContent extends SiteData {
  readonly pages: readonly ValidPage[];
}

/** Every mistake found; the content only when there are none. */
export interface Validation {
  problems: Problem[];
  content?: SiteContent;
}

interface PageCheck {
  problems: Problem[];
  graph?: GraphPage;
  page?: ValidPage;
  references?: PageReferences;
}

/** What a page said last time, by file, while it is unchanged (watch mode checks again on every edit). */
export type PageCache = Map<string, { key: string; result: PageCheck }>;

/** One page's front matter: its own mistakes, its place among translations, and its data if valid. */
function checkPage(file: string, lang: Lang, text: string): PageCheck {
  const parsed = parseFrontMatter(text, file);
  if (parsed.problem) return { problems: [parsed.problem] };
  const checked = checkAgainst(frontMatter, parsed.data ?? {}, file, (path) => ({ field: path.length ? fieldPath(path) : "front matter" }));
  const { translationKey, parent } = parsed.data ?? {};
  const graph =
    typeof translationKey === "string" ? { file, lang, translationKey, ...(typeof parent === "string" ? { parent } : {}) } : undefined;
  if (!checked.value) return { problems: checked.problems, ...(graph ? { graph } : {}) };
  const problems: Problem[] = [];
  if (lang === "ja" && !checked.value.reading) {
    problems.push({
      file,
      field: "reading",
      message: "is missing: a Japanese page needs its title's reading in kana, to sort the A–Z list",
    });
  }
  const { text: body, firstLine } = parsed.body ?? { text: "", firstLine: 1 };
  const at = (found: { id: string; line: number }[]) => found.map(({ id, line }) => ({ id, line: firstLine + line - 1 }));
  const citations = at(findCitations(body));
  const dates = at(findDateReferences(body));
  const unique = (found: { id: string }[]) => [...new Set(found.map((f) => f.id))];
  const page = {
    ...checked.value,
    file,
    lang,
    url: pageUrl(file, checked.value.permalink),
    cites: unique(citations),
    dates: unique(dates),
  };
  const references = { file, translationKey: page.translationKey, citationsNone: page.citations === "none", citations, dates };
  return { problems, ...(graph ? { graph } : {}), page, references };
}

/** Reads and checks one data file; its typed value only when it has no mistakes. */
async function checkDataFile<S extends z.ZodType>(
  root: string,
  file: string,
  schema: S,
): Promise<{ problems: Problem[]; value?: z.infer<S> }> {
  const text = await readFile(path.join(root, file), "utf8").catch(() => undefined);
  if (text === undefined) return { problems: [{ file, message: "is missing: the site needs this data file" }] };
  const parsed = parseJson(text, file);
  if (parsed.problem) return { problems: [parsed.problem] };
  const checked = checkAgainst(schema, parsed.value, file);
  const problems = [...checked.problems, ...duplicateIds(parsed.value, file)];
  return problems.length ? { problems } : { problems, value: checked.value as z.infer<S> };
}

/**
 * Reads every data file and page, and reports every mistake at once, before Eleventy writes anything.
 * With a cache, unchanged pages are not read again: an edit in a large site is checked in milliseconds.
 */
export async function validateProject(root: string, cache?: PageCache): Promise<Validation> {
  const problems: Problem[] = [];
  const data: Partial<Record<DataName, unknown>> = {};
  for (const [name, { file, schema }] of Object.entries(DATA_FILES) as Array<[DataName, (typeof DATA_FILES)[DataName]]>) {
    const checked = await checkDataFile(root, file, schema);
    problems.push(...checked.problems);
    if (checked.value) data[name] = checked.value;
  }
  const strings: Partial<Record<Lang, z.infer<(typeof STRINGS_FILES)[Lang]["schema"]>>> = {};
  for (const lang of LANGUAGES) {
    const checked = await checkDataFile(root, STRINGS_FILES[lang].file, STRINGS_FILES[lang].schema);
    problems.push(...checked.problems);
    if (checked.value) strings[lang] = checked.value;
  }

  const pages: ValidPage[] = [];
  const references: PageReferences[] = [];
  // Pages whose front matter has other mistakes still take part in the translation checks, so one
  // mistake is reported once, not echoed as a "missing translation" of its counterpart.
  const graph: GraphPage[] = [];
  const files = await listPages(root);
  const today = todayInJapan().toISODate();
  // Read ahead while checking: one file at a time left the CPU idle for most of validation at 4,000 pages.
  const checks = files.map(async ({ file, lang }) => {
    if (!cache) return checkPage(file, lang, await readFile(path.join(root, file), "utf8"));
    const info = await stat(path.join(root, file));
    const key = `${info.mtimeMs} ${info.size} ${today}`;
    const cached = cache.get(file);
    if (cached?.key === key) return cached.result;
    const result = checkPage(file, lang, await readFile(path.join(root, file), "utf8"));
    cache.set(file, { key, result });
    return result;
  });
  for (const check of checks) check.catch(() => {}); // a failed read is thrown below, in order
  for (const check of checks) {
    const result = await check;
    problems.push(...result.problems);
    if (result.graph) graph.push(result.graph);
    if (result.page) pages.push(result.page);
    if (result.references) references.push(result.references);
  }
  if (cache) {
    const present = new Set(files.map((f) => f.file));
    for (const file of cache.keys()) if (!present.has(file)) cache.delete(file);
  }
  problems.push(...checkLayouts(root, pages), ...checkPageGraph(graph));
  if (data.sidebar) problems.push(...checkSidebarLinks(data.sidebar as SiteData["sidebar"], graph));
  if (data.sources && data.events && data.centers && data.scholarships) problems.push(...checkReferences(references, data as SiteData));
  if (problems.length) return { problems };
  return { problems, content: deepFreeze({ ...(data as Omit<SiteData, "strings">), strings: strings as SiteData["strings"], pages }) };
}

/** Ids must be unique within a list: two entries with one id would share an anchor and a search record. */
function duplicateIds(value: unknown, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const [listName, list] of Object.entries((value ?? {}) as Record<string, unknown>)) {
    if (!Array.isArray(list)) continue;
    const seen = new Map<string, number>();
    list.forEach((item, index) => {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id !== "string") return;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, index);
      else
        problems.push({
          file,
          entry: `${listName}[${index}] "${id}"`,
          field: "id",
          message: `repeats the id of ${listName}[${first}]: expected every id to be unique`,
        });
    });
  }
  return problems;
}

/** A layout is one of the site's own, by its short name: any other file under _includes/ could hold anything. */
function checkLayouts(root: string, pages: ValidPage[]): Problem[] {
  return pages.flatMap((page) =>
    page.layout && !existsSync(path.join(root, "_includes", LAYOUTS[page.layout]))
      ? [{ file: page.file, field: "layout", message: `names "${page.layout}", whose file _includes/${LAYOUTS[page.layout]} is missing` }]
      : [],
  );
}

type GraphPage = Pick<ValidPage, "file" | "lang" | "translationKey" | "parent">;

/** The path under the language folder (`students/index.md`): translations share it, as they share a key. */
const pathInLanguage = (page: GraphPage) => page.file.split("/").slice(2).join("/");

/**
 * Translation keys pair pages across languages and place them in the breadcrumb trail. Pages are paired by path
 * too (src/en/x.md and src/ja/x.md), so the two must agree: a page moved in one language only is a mistake.
 */
function checkPageGraph(pages: GraphPage[]): Problem[] {
  const problems: Problem[] = [];
  const byLang = new Map<Lang, Map<string, GraphPage>>(LANGUAGES.map((lang) => [lang, new Map()]));
  const keyByPath = new Map<string, GraphPage>();
  for (const page of pages) {
    const keys = byLang.get(page.lang)!;
    const other = keys.get(page.translationKey);
    if (other)
      problems.push({
        file: page.file,
        field: "translationKey",
        message: `"${page.translationKey}" is already used by ${other.file}: expected one page per key and language`,
      });
    else keys.set(page.translationKey, page);
    const samePath = keyByPath.get(pathInLanguage(page));
    if (!samePath) keyByPath.set(pathInLanguage(page), page);
    else if (samePath.translationKey !== page.translationKey) {
      problems.push({
        file: page.file,
        field: "translationKey",
        message: `is "${page.translationKey}" but ${samePath.file}, at the same path in src/${samePath.lang}/, has "${samePath.translationKey}": translations share both the path and the key`,
      });
    }
  }
  for (const page of pages) {
    const keys = byLang.get(page.lang)!;
    if (page.parent && !keys.has(page.parent)) {
      problems.push({
        file: page.file,
        field: "parent",
        message: `"${page.parent}" is not the translationKey of any page in src/${page.lang}/`,
      });
    }
    for (const lang of LANGUAGES) {
      if (lang === page.lang) continue;
      const translation = byLang.get(lang)!.get(page.translationKey);
      if (!translation) {
        problems.push({
          file: page.file,
          field: "translationKey",
          message: `"${page.translationKey}" has no ${lang} translation: add a page in src/${lang}/ with the same translationKey`,
        });
      } else if (pathInLanguage(translation) !== pathInLanguage(page) && page.lang === LANGUAGES[0]) {
        problems.push({
          file: translation.file,
          field: "translationKey",
          message: `"${page.translationKey}" pairs it with ${page.file}, at another path: move it to src/${lang}/${pathInLanguage(page)}, or change the key`,
        });
      }
    }
  }
  return problems;
}

/** Sidebar links name pages by key; a key with no page would be a broken link in every sidebar. */
function checkSidebarLinks(sidebar: SiteData["sidebar"], pages: GraphPage[]): Problem[] {
  const keys = new Set(pages.map((p) => p.translationKey));
  return sidebar.blocks.flatMap((block, b) =>
    block.links.flatMap((link, l) =>
      "page" in link && !keys.has(link.page)
        ? [
            {
              file: "_data/sidebar.json",
              entry: `blocks[${b}] "${block.id}"`,
              field: `links[${l}].page`,
              message: `"${link.page}" is not the translationKey of any page`,
            },
          ]
        : [],
    ),
  );
}
