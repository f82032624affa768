import { DATE_REFERENCE } from "#content/inline-syntax.ts";
import { escapeHtml } from "#lib/escape-html.ts";
import type { SiteData } from "#schemas/data-files.ts";
import type { SiteEvent } from "#schemas/events.ts";
import type { Lang } from "#schemas/languages.ts";
import type { Source } from "#schemas/sources.ts";
import type { Strings } from "#schemas/strings.ts";
import { localText } from "#view/local-text.ts";
import { formatEventDates } from "./dates.ts";
import { sourceAnchor } from "./layout-ids.ts";

/** What citations and dates are drawn from: the checked sources and events, and the reader's interface strings. */
export type ReferenceData = Pick<SiteData, "sources" | "events" | "strings">;

const indexes = new WeakMap<object, Map<string, unknown>>();
/** Entries by id, indexed once per checked file (the files are frozen, so the index never goes stale). */
function byId<T extends { id: string }>(file: { entries: readonly T[] }, id: string): T {
  let index = indexes.get(file);
  if (!index) {
    index = new Map(file.entries.map((entry) => [entry.id, entry]));
    indexes.set(file, index);
  }
  const found = index.get(id) as T | undefined;
  // The validator refused unknown ids before anything was rendered: reaching this is a bug, not a content mistake.
  if (!found) throw new Error(`"${id}" is not in the checked data`);
  return found;
}

export const sourceById = (data: Pick<SiteData, "sources">, id: string): Source => byId(data.sources, id);
export const eventById = (data: Pick<SiteData, "events">, id: string): SiteEvent => byId(data.events, id);

/**
 * "(source: Immigration Services Agency of Japan)", each publisher linking to the source in the page's list, and
 * "secondary" beside a secondary source. Kept out of the search index: it is not what the page is about.
 */
export function citationHtml(ids: readonly string[], lang: Lang, data: ReferenceData): string {
  const strings = data.strings[lang];
  const cited = ids.map((id) => {
    const source = sourceById(data, id);
    const link = `<a href="#${sourceAnchor(id)}">${localText(source.publisher[lang], lang).html}</a>`;
    return source.kind === "secondary" ? escapeHtml(strings.citationSecondary).replace("{publisher}", link) : link;
  });
  const template = escapeHtml(ids.length > 1 ? strings.citationMany : strings.citation);
  return `<span class="citation" data-pagefind-ignore>${template.replace("{sources}", cited.join("; "))}</span>`;
}

/** An event's dates in the reader's language. */
export function eventDatesHtml(id: string, lang: Lang, data: ReferenceData): string {
  const event = eventById(data, id);
  return `<span class="event-date">${escapeHtml(formatEventDates(event.when, lang, data.strings[lang], event.approximate))}</span>`;
}

/** Data texts may show event dates too (`[[date:id]]`): as plain text, for search records and feeds. */
export const expandDates = (text: string, lang: Lang, data: Pick<SiteData, "events">, strings: Strings): string =>
  text.replace(DATE_REFERENCE, (_, id: string) => {
    const event = eventById(data, id);
    return formatEventDates(event.when, lang, strings, event.approximate);
  });
