import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import { deepFreeze } from "#lib/deep-freeze.ts";
import { getOrMake } from "#lib/get-or-make.ts";
import { todayInJapan } from "#lib/japan-time.ts";
import { siteUrl } from "#schemas/common.ts";
import { DATA_FILES, type DataName, type SiteData, STRINGS_FILES } from "#schemas/data-files.ts";
import { type FrontMatter, LAYOUTS } from "#schemas/front-matter.ts";
import { LANGUAGES, type Lang } from "#schemas/languages.ts";
import { entryHeadingId, LAYOUT_ID_PREFIXES, LAYOUT_IDS } from "#view/layout-ids.ts";
import { parseJson } from "./json-file.ts";
import { checkPageFiles, type PageCheck } from "./page-check.ts";
import { checkAgainst, type Problem } from "./problems.ts";
import { listSourceFiles } from "./project-files.ts";
import { checkReferences, type PageReferences } from "./references.ts";
import { decodeText } from "./text-file.mjs";

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
  /** Each page's Markdown by file (`src/en/students/index.md`), read once here and rendered by Eleventy from here. */
  markdown?: ReadonlyMap<string, string>;
}

/**
 * What a page said last time, by file, and on which day (a page's check depends on the date). Watch mode checks again
 * on every edit and deletes the entries of the files its watcher saw change: looking at every file's time and size
 * instead cost more than the rest of the check at 4,000 pages.
 */
export type PageCache = Map<string, { day: string; result: PageCheck }>;

/** Reads and checks one data file; its typed value only when it has no mistakes. */
async function checkDataFile<S extends z.ZodType>(
  root: string,
  file: string,
  schema: S,
): Promise<{ problems: Problem[]; value?: z.infer<S> }> {
  const bytes = await readFile(path.join(root, file)).catch(() => undefined);
  if (bytes === undefined) return { problems: [{ file, message: "is missing: the site needs this data file" }] };
  const { text, problem } = decodeText(bytes, file, "drop");
  if (problem || text === undefined) return { problems: [problem!] };
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
  const sourceFiles = listSourceFiles(root);
  const files = sourceFiles.pages;
  const today = todayInJapan().toISODate()!;
  // Watch mode: a page checked before on this day, and not changed since, is not read again.
  const toCheck = cache ? files.filter(({ file }) => cache.get(file)?.day !== today) : files;
  // One file after another, synchronously: pages are small and just written or read, so the reads are quick, and
  // reading them all at once through promises cost more in callbacks than it saved (the check at 4,000 pages: 0.86 s
  // against 1.05 s). A whole site is read in a second thread, in plain JavaScript (see readPageSources): one that
  // loaded the TypeScript checks too slowed the main thread's own loading by 0.3 s, and Pagefind started no sooner.
  // That thread is started before this function first awaits anything, so before the build loads Eleventy (see
  // buildSite), and it reads while the data files are checked: the checks at 4,000 pages took 1.00-1.22 s against
  // 1.20-1.53 s, where the thread had started after the data files, 0.4-0.5 s in (5 alternating pairs of builds).
  const pagesChecked = checkPageFiles(root, toCheck);
  // A failure to read is thrown where the pages are awaited, below.
  pagesChecked.catch(() => {});

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
  problems.push(...sourceFiles.problems);

  const pages: ValidPage[] = [];
  const references: PageReferences[] = [];
  const headingsByFile = new Map<string, Array<{ id: string; line: number }>>();
  const markdown = new Map<string, string>();
  // Pages whose front matter has other mistakes still take part in the translation checks, so one
  // mistake is reported once, not echoed as a "missing translation" of its counterpart.
  const graph: GraphPage[] = [];
  const fresh = await pagesChecked;
  for (const [i, { file }] of toCheck.entries()) cache?.set(file, { day: today, result: fresh[i]! });
  for (const result of cache ? files.map(({ file }) => cache.get(file)!.result) : fresh) {
    problems.push(...result.problems);
    if (result.graph) graph.push(result.graph);
    if (result.page) pages.push(result.page);
    if (result.references) references.push(result.references);
    if (result.page && result.headings) headingsByFile.set(result.page.file, result.headings);
    if (result.page && result.markdown !== undefined) markdown.set(result.page.file, result.markdown);
  }
  if (cache) {
    const present = new Set(files.map((f) => f.file));
    for (const file of cache.keys()) if (!present.has(file)) cache.delete(file);
  }
  problems.push(...checkLayouts(root, pages), ...checkPageGraph(graph), ...checkOutputs(pages));
  problems.push(...checkSiteUrlOverride());
  if (data.centers && data.scholarships && data.events) problems.push(...checkHeadingIds(pages, headingsByFile, data as SiteData));
  if (data.sidebar) problems.push(...checkSidebarLinks(data.sidebar as SiteData["sidebar"], graph));
  if (data.sources && data.events && data.centers && data.scholarships) problems.push(...checkReferences(references, data as SiteData));
  if (problems.length) return { problems };
  return {
    problems,
    content: deepFreeze({ ...(data as Omit<SiteData, "strings">), strings: strings as SiteData["strings"], pages }),
    markdown,
  };
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
  const present = new Map<string, boolean>();
  const exists = (file: string) => getOrMake(present, file, () => existsSync(path.join(root, "_includes", file)));
  return pages.flatMap((page) =>
    page.layout && !exists(LAYOUTS[page.layout])
      ? [{ file: page.file, field: "layout", message: `names "${page.layout}", whose file _includes/${LAYOUTS[page.layout]} is missing` }]
      : [],
  );
}

export type GraphPage = Pick<ValidPage, "file" | "lang" | "translationKey" | "parent">;

/** The path under the language folder (`students/index.md`): translations share it, as they share a key. */
// Asked several times per page on every check (every edit under npm start): the file is cut once.
const pathsInLanguage = new Map<string, string>();
const pathInLanguage = (page: GraphPage) => getOrMake(pathsInLanguage, page.file, () => page.file.split("/").slice(2).join("/"));

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
    if (page.parent === page.translationKey) {
      problems.push({ file: page.file, field: "parent", message: `is "${page.parent}", the page itself: expected the page above it` });
    } else if (page.parent && !keys.has(page.parent)) {
      problems.push({
        file: page.file,
        field: "parent",
        message: `"${page.parent}" is not the translationKey of any page in src/${page.lang}/`,
      });
    } else if (page.parent) {
      // Up the parents to the home page: a page reached again is a cycle, and the section drops out of every list.
      const trail = [page.translationKey];
      for (let key: string | undefined = page.parent; key; key = keys.get(key)?.parent) {
        if (trail.includes(key)) {
          if (key === page.translationKey) {
            problems.push({
              file: page.file,
              field: "parent",
              message: `makes a cycle (${[...trail, key].join(" → ")}): one of these pages must sit under another section`,
            });
          }
          break;
        }
        trail.push(key);
      }
    } else if (page.translationKey !== "home") {
      problems.push({
        file: page.file,
        field: "parent",
        message: "is missing: every page but the home page sits under another page (a translationKey)",
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
      } else if (page.lang === LANGUAGES[0] && pathInLanguage(translation) !== pathInLanguage(page)) {
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

/** Two pages written to one address: the second would overwrite the first (Eleventy's "output conflict"). */
function checkOutputs(pages: ValidPage[]): Problem[] {
  const byUrl = new Map<string, ValidPage>();
  const problems: Problem[] = [];
  for (const page of pages) {
    const first = byUrl.get(page.url);
    if (!first) byUrl.set(page.url, page);
    else
      problems.push({
        file: page.file,
        field: page.permalink ? "permalink" : "file name",
        message: `writes to ${page.url}, as ${first.file} does: give one of them another path`,
      });
  }
  return problems;
}

/** SITE_URL names another host for one build; it is checked like site.json's url, and reported the same way. */
function checkSiteUrlOverride(env = process.env): Problem[] {
  if (!env.SITE_URL) return [];
  const checked = siteUrl.safeParse(env.SITE_URL);
  return checked.success ? [] : [{ file: "SITE_URL (environment)", message: `"${env.SITE_URL}" ${checked.error.issues[0]!.message}` }];
}

/** A heading whose id the layout already gives another element (the list of sources, a Center's entry, …). */
function checkHeadingIds(
  pages: ValidPage[],
  headings: Map<string, Array<{ id: string; line: number }>>,
  data: Pick<SiteData, "centers" | "scholarships" | "events">,
): Problem[] {
  const fixed = new Set<string>(Object.values(LAYOUT_IDS));
  const entries = { centers: data.centers.entries, scholarships: data.scholarships.entries, calendar: data.events.entries } as const;
  return pages.flatMap((page) => {
    const taken = new Set(fixed);
    const listed =
      page.listing === "centers" || page.listing === "scholarships" || page.listing === "calendar" ? entries[page.listing] : [];
    for (const entry of listed) taken.add(entry.id).add(entryHeadingId(entry.id));
    return (headings.get(page.file) ?? [])
      .filter(({ id }) => taken.has(id) || LAYOUT_ID_PREFIXES.some((prefix) => id.startsWith(prefix)))
      .map(({ id, line }) => ({
        file: page.file,
        line,
        field: "heading",
        message: `would have the id "${id}", which the layout gives another element: reword it, or give it its own id with {#another-id}`,
      }));
  });
}
