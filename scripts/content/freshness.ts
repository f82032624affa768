import { parseIsoDate, todayInJapan } from "#lib/japan-time.ts";
import type { SiteContent } from "./validate.ts";

export interface DueItem {
  what: string;
  checked: string;
}

/** Facts go stale: anything not checked for more than 12 months (Japan time) is due for review. */
export function dueForReview(content: Pick<SiteContent, "pages" | "centers" | "scholarships">, today = todayInJapan()): DueItem[] {
  const limit = today.minus({ months: 12 });
  const stale = (date: string) => parseIsoDate(date) < limit;
  const due: DueItem[] = content.pages.filter((p) => stale(p.reviewed)).map((p) => ({ what: p.file, checked: p.reviewed }));
  for (const [file, entries] of [
    ["_data/centers.json", content.centers.entries],
    ["_data/scholarships.json", content.scholarships.entries],
  ] as const) {
    for (const entry of entries) if (stale(entry.lastVerified)) due.push({ what: `${file} › "${entry.id}"`, checked: entry.lastVerified });
  }
  return due;
}

export function formatDue(due: DueItem[]): string {
  if (due.length === 0) return "Freshness: every page and entry was checked within the last 12 months.";
  return [
    `Due for review (not checked for more than 12 months): ${due.length}`,
    ...due.map((item) => `  • ${item.what} (last checked ${item.checked})`),
  ].join("\n");
}
