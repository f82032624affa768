import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { DATA_FILES } from "../schemas/data-files.ts";
import { frontMatter, type FrontMatter } from "../schemas/front-matter.ts";
import { LANGUAGES, type Lang } from "../schemas/common.ts";
import { parseFrontMatter } from "./front-matter.ts";
import { parseJson } from "./json-file.ts";
import { checkAgainst, fieldPath, type Problem } from "./problems.ts";
import { listPages } from "./project-files.ts";
import { LAYOUT_ALIASES } from "../eleventy/layouts.ts";
import { todayInJapan } from "../lib/japan-time.ts";

export interface ValidPage extends FrontMatter {
  file: string;
  lang: Lang;
}

export interface Validation {
  problems: Problem[];
  pages: ValidPage[];
  data: Map<string, unknown>;
}

interface PageCheck {
  problems: Problem[];
  graph?: GraphPage;
  page?: ValidPage;
}

/** What a page said last time, by file, while it is unchanged (watch mode checks again on every edit). */
export type PageCache = Map<string, { key: string; result: PageCheck }>;

/** One page's front matter: its own mistakes, its place among translations, and its data if valid. */
function checkPage(root: string, file: string, lang: Lang, text: string): PageCheck {
  const parsed = parseFrontMatter(text, file);
  if (parsed.problem) return { problems: [parsed.problem] };
  const checked = checkAgainst(frontMatter, parsed.data ?? {}, file, (path) => ({ field: path.length ? fieldPath(path) : "front matter" }));
  const problems = [...checked.problems];
  const { translationKey, parent } = parsed.data ?? {};
  const graph = typeof translationKey === "string" ? { file, lang, translationKey, ...(typeof parent === "string" ? { parent } : {}) } : undefined;
  if (!checked.value) return { problems, ...(graph ? { graph } : {}) };
  if (checked.value.lang && checked.value.lang !== lang) {
    problems.push({ file, field: "lang", message: `is "${checked.value.lang}" but the page is in src/${lang}/: move it or remove the field` });
  }
  const layout = checked.value.layout;
  if (layout && !(layout in LAYOUT_ALIASES) && !existsSync(path.join(root, "_includes", layout))) {
    problems.push({ file, field: "layout", message: `names "${layout}", which does not exist: expected one of ${Object.keys(LAYOUT_ALIASES).map((l) => `"${l}"`).join(", ")}` });
  }
  return { problems, ...(graph ? { graph } : {}), page: { ...checked.value, file, lang } };
}

/**
 * Reads every data file and page, and reports every mistake at once, before Eleventy writes anything.
 * With a cache, unchanged pages are not read again: an edit in a large site is checked in milliseconds.
 */
export async function validateProject(root: string, cache?: PageCache): Promise<Validation> {
  const problems: Problem[] = [];
  const data = new Map<string, unknown>();

  for (const { file, schema } of DATA_FILES) {
    const text = await readFile(path.join(root, file), "utf8").catch(() => undefined);
    if (text === undefined) {
      problems.push({ file, message: "is missing: the site needs this data file" });
      continue;
    }
    const parsed = parseJson(text, file);
    if (parsed.problem) {
      problems.push(parsed.problem);
      continue;
    }
    const checked = checkAgainst(schema, parsed.value, file);
    problems.push(...checked.problems, ...duplicateIds(parsed.value, file));
    if (checked.value) data.set(file, checked.value);
  }

  const pages: ValidPage[] = [];
  // Pages whose front matter has other mistakes still take part in the translation checks, so one
  // mistake is reported once, not echoed as a "missing translation" of its counterpart.
  const graph: GraphPage[] = [];
  const files = await listPages(root);
  const today = todayInJapan().toISODate()!;
  // Read ahead while checking: one file at a time left the CPU idle for most of validation at 4,000 pages.
  const checks = files.map(async ({ file, lang }) => {
    if (!cache) return checkPage(root, file, lang, await readFile(path.join(root, file), "utf8"));
    const info = await stat(path.join(root, file));
    const key = `${info.mtimeMs} ${info.size} ${today}`;
    const cached = cache.get(file);
    if (cached?.key === key) return cached.result;
    const result = checkPage(root, file, lang, await readFile(path.join(root, file), "utf8"));
    cache.set(file, { key, result });
    return result;
  });
  checks.forEach((check) => check.catch(() => {})); // a failed read is thrown below, in order
  for (const check of checks) {
    const result = await check;
    problems.push(...result.problems);
    if (result.graph) graph.push(result.graph);
    if (result.page) pages.push(result.page);
  }
  if (cache) {
    const present = new Set(files.map((f) => f.file));
    for (const file of cache.keys()) if (!present.has(file)) cache.delete(file);
  }
  problems.push(...checkPageGraph(graph), ...checkPageLinks(data, graph));
  return { problems, pages, data };
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
      else problems.push({ file, entry: `${listName}[${index}] "${id}"`, field: "id", message: `repeats the id of ${listName}[${first}]: expected every id to be unique` });
    });
  }
  return problems;
}

type GraphPage = Pick<ValidPage, "file" | "lang" | "translationKey" | "parent">;

/** Translation keys pair pages across languages and place them in the breadcrumb trail. */
function checkPageGraph(pages: GraphPage[]): Problem[] {
  const problems: Problem[] = [];
  const byLang = new Map<Lang, Map<string, GraphPage>>(LANGUAGES.map((lang) => [lang, new Map()]));
  for (const page of pages) {
    const keys = byLang.get(page.lang)!;
    const other = keys.get(page.translationKey);
    if (other) problems.push({ file: page.file, field: "translationKey", message: `"${page.translationKey}" is already used by ${other.file}: expected one page per key and language` });
    else keys.set(page.translationKey, page);
  }
  for (const page of pages) {
    const keys = byLang.get(page.lang)!;
    if (page.parent && !keys.has(page.parent)) {
      problems.push({ file: page.file, field: "parent", message: `"${page.parent}" is not the translationKey of any page in src/${page.lang}/` });
    }
    for (const lang of LANGUAGES) {
      if (lang !== page.lang && !byLang.get(lang)!.has(page.translationKey)) {
        problems.push({ file: page.file, field: "translationKey", message: `"${page.translationKey}" has no ${lang} translation: add a page in src/${lang}/ with the same translationKey` });
      }
    }
  }
  return problems;
}

/** Sidebar links name pages by key; a key with no page would be a broken link in every sidebar. */
function checkPageLinks(data: Map<string, unknown>, pages: GraphPage[]): Problem[] {
  const sidebar = data.get("_data/sidebar.json") as { blocks: Array<{ id: string; links: Array<{ page?: string }> }> } | undefined;
  if (!sidebar) return [];
  const keys = new Set(pages.map((p) => p.translationKey));
  return sidebar.blocks.flatMap((block, b) =>
    block.links.flatMap((link, l) =>
      link.page && !keys.has(link.page)
        ? [{ file: "_data/sidebar.json", entry: `blocks[${b}] "${block.id}"`, field: `links[${l}].page`, message: `"${link.page}" is not the translationKey of any page` }]
        : [],
    ),
  );
}
