import type { SiteData } from "#schemas/data-files.ts";
import { findDateReferences, type Reference } from "./inline-syntax.ts";
import type { Problem } from "./problems.ts";

/** A checked page with what its Markdown cites, where. */
export interface PageReferences {
  file: string;
  translationKey: string;
  citationsNone: boolean;
  citations: Reference[];
  dates: Reference[];
}

type Data = Pick<SiteData, "sources" | "events" | "centers" | "scholarships">;

/**
 * Every citation names a known source and every date a known event; every source is cited somewhere; every page
 * of facts cites at least one source; every event is explained by a page that exists.
 */
export function checkReferences(pages: PageReferences[], data: Data): Problem[] {
  const problems: Problem[] = [];
  const sources = new Set(data.sources.entries.map((source) => source.id));
  const events = new Set(data.events.entries.map((event) => event.id));
  const cited = new Set<string>();
  const cite = (id: string, where: Omit<Problem, "message">) => {
    cited.add(id);
    if (!sources.has(id)) problems.push({ ...where, message: `"${id}" is not the id of a source in _data/sources.json` });
  };
  const dated = (text: string, where: Omit<Problem, "message">) => {
    for (const { id } of findDateReferences(text)) {
      if (!events.has(id)) problems.push({ ...where, message: `[[date:${id}]] names no event in _data/events.json` });
    }
  };

  for (const page of pages) {
    for (const { id, line } of page.citations) cite(id, { file: page.file, line, field: "citation" });
    for (const { id, line } of page.dates) {
      if (!events.has(id))
        problems.push({ file: page.file, line, field: "date", message: `[[date:${id}]] names no event in _data/events.json` });
    }
    if (page.citationsNone && page.citations.length) {
      problems.push({
        file: page.file,
        field: "citations",
        message: `is "none", but the page cites [@${page.citations[0]!.id}] (line ${page.citations[0]!.line}): remove the field`,
      });
    } else if (!page.citationsNone && page.citations.length === 0) {
      problems.push({
        file: page.file,
        field: "citations",
        message: "the page cites no source: put [@source-id] after each fact, or set `citations: none` on a page with no facts of its own",
      });
    }
  }

  data.centers.entries.forEach((center, i) => {
    const entry = `entries[${i}] "${center.id}"`;
    const file = "_data/centers.json";
    cite(center.website, { file, entry, field: "website" });
    center.contactSources?.forEach((id, j) => {
      cite(id, { file, entry, field: `contactSources[${j}]` });
    });
    center.notes.forEach((note, j) => {
      cite(note.source, { file, entry, field: `notes[${j}].source` });
      for (const text of Object.values(note.text)) dated(text, { file, entry, field: `notes[${j}].text` });
    });
  });
  data.scholarships.entries.forEach((item, i) => {
    const entry = `entries[${i}] "${item.id}"`;
    const file = "_data/scholarships.json";
    cite(item.source, { file, entry, field: "source" });
    item.facts.forEach((fact, j) => {
      for (const text of Object.values(fact)) dated(text, { file, entry, field: `facts[${j}]` });
    });
  });
  const pageKeys = new Set(pages.map((page) => page.translationKey));
  data.events.entries.forEach((event, i) => {
    const entry = `entries[${i}] "${event.id}"`;
    const file = "_data/events.json";
    cite(event.source, { file, entry, field: "source" });
    if (!pageKeys.has(event.page))
      problems.push({ file, entry, field: "page", message: `"${event.page}" is not the translationKey of any page` });
  });

  data.sources.entries.forEach((source, i) => {
    if (!cited.has(source.id)) {
      problems.push({
        file: "_data/sources.json",
        entry: `entries[${i}] "${source.id}"`,
        field: "id",
        message: "is cited nowhere: cite it from a page or an entry, or remove it",
      });
    }
  });
  return problems;
}
