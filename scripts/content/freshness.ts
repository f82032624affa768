import { parseIsoDate, todayInJapan } from "#lib/japan-time.ts";
import type { SiteContent } from "./validate.ts";

export interface DueItem {
  what: string;
  checked: string;
}

/**
 * Facts go stale: anything not checked for more than 12 months (Japan time) is due for review, and so is a dated
 * event once it is over or past the day it is stale after (a fact tied to a year), and a yearly one whose source
 * has not been checked for a year.
 */
export function dueForReview(
  content: Pick<SiteContent, "pages" | "centers" | "scholarships" | "sources" | "events">,
  today = todayInJapan(),
): DueItem[] {
  const limit = today.minus({ months: 12 });
  const stale = (date: string) => parseIsoDate(date) < limit;
  const due: DueItem[] = content.pages.filter((p) => stale(p.reviewed)).map((p) => ({ what: p.file, checked: p.reviewed }));
  for (const [file, entries] of [
    ["_data/centers.json", content.centers.entries],
    ["_data/scholarships.json", content.scholarships.entries],
  ] as const) {
    for (const entry of entries) if (stale(entry.lastVerified)) due.push({ what: `${file} › "${entry.id}"`, checked: entry.lastVerified });
  }
  const lastChecked = new Map(content.sources.entries.map((source) => [source.id, source.lastChecked]));
  for (const source of content.sources.entries) {
    if (stale(source.lastChecked)) due.push({ what: `_data/sources.json › "${source.id}"`, checked: source.lastChecked });
  }
  for (const event of content.events.entries) {
    const what = `_data/events.json › "${event.id}"`;
    const checked = lastChecked.get(event.source) ?? "";
    const until = event.staleAfter ?? ("yearly" in event.when ? undefined : (event.when.end ?? event.when.start));
    if (until && parseIsoDate(until) < today)
      due.push({ what: `${what}: ${event.staleAfter ? "stale after" : "over since"} ${until}`, checked });
    else if ("yearly" in event.when && stale(checked)) due.push({ what: `${what}: yearly, from a source not checked for a year`, checked });
  }
  return due;
}

export function formatDue(due: DueItem[]): string {
  if (due.length === 0) return "Freshness: every page and entry was checked within the last 12 months.";
  return [
    `Due for review (checked more than 12 months ago, or about a date that has passed): ${due.length}`,
    ...due.map((item) => `  • ${item.what} (last checked ${item.checked})`),
  ].join("\n");
}
