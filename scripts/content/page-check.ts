import { frontMatter } from "#schemas/front-matter.ts";
import { type Lang, language } from "#schemas/languages.ts";
import type { ParsedPage } from "./front-matter.mjs";
import { headingIds } from "./heading-ids.ts";
import { findCitations, findDateReferences } from "./inline-syntax.ts";
import type { PageSource } from "./page-source.mjs";
import { readPageSources } from "./page-sources.ts";
import { pageUrl } from "./page-url.ts";
import { checkAgainst, fieldPath, type Problem } from "./problems.ts";
import type { PageReferences } from "./references.ts";
import type { GraphPage, ValidPage } from "./validate.ts";

/** What one page's check found: its mistakes, and what the checks across pages and the build need of it. */
export interface PageCheck {
  problems: Problem[];
  graph?: GraphPage;
  page?: ValidPage;
  references?: PageReferences;
  /** The id each heading of its Markdown will have, with its line. */
  headings?: Array<{ id: string; line: number }>;
  /** Its Markdown, after the front matter: what Eleventy renders, so that Eleventy need not read the file again. */
  markdown?: string;
}

/** One page's front matter: its own mistakes, its place among translations, and its data if valid. */
function checkParsedPage(file: string, lang: Lang, parsed: ParsedPage): PageCheck {
  if (parsed.problem) return { problems: [parsed.problem] };
  const checked = checkAgainst(frontMatter, parsed.data ?? {}, file, (path) => ({ field: path.length ? fieldPath(path) : "front matter" }));
  const { translationKey, parent } = parsed.data ?? {};
  const graph =
    typeof translationKey === "string" ? { file, lang, translationKey, ...(typeof parent === "string" ? { parent } : {}) } : undefined;
  if (!checked.value) return { problems: checked.problems, ...(graph ? { graph } : {}) };
  const problems: Problem[] = [];
  const { permalink } = checked.value;
  if (permalink && !permalink.startsWith(`/${lang}/`)) {
    problems.push({
      file,
      field: "permalink",
      message: `"${permalink}" is outside /${lang}/, the page's language folder: expected a path starting /${lang}/`,
    });
  }
  if (language(lang).sortsByReading && !checked.value.reading) {
    problems.push({
      file,
      field: "reading",
      message: `is missing: a page in ${language(lang).name} needs its title's reading in kana, to sort the A–Z list`,
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
  const headings = headingIds(body).map(({ id, line }) => ({ id, line: firstLine + line - 1 }));
  return { problems, ...(graph ? { graph } : {}), page, references, headings, markdown: body };
}

/** Checks one page as read from its file; a page whose text could not be read only says where it belongs. */
function checkPage(file: string, lang: Lang, { problem, parsed }: PageSource): PageCheck {
  const checked = checkParsedPage(file, lang, parsed);
  if (!problem) return checked;
  return { problems: [problem], ...(checked.graph ? { graph: checked.graph } : {}) };
}

/** Reads and checks pages, in order (see readPageSources: a large site is read in a thread of its own). */
export async function checkPageFiles(root: string, pages: ReadonlyArray<{ file: string; lang: Lang }>): Promise<PageCheck[]> {
  const checks: PageCheck[] = [];
  await readPageSources(
    root,
    pages.map(({ file }) => file),
    (source, index) => {
      const { file, lang } = pages[index]!;
      checks.push(checkPage(file, lang, source));
    },
  );
  return checks;
}
