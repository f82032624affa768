import { parseIsoDate, todayInJapan } from "../lib/japan-time.ts";
import type { Validation } from "./validate.ts";

export interface DueItem {
  what: string;
  checked: string;
}

/** Facts go stale: anything not checked for more than 12 months (Japan time) is due for review. */
export function dueForReview(validation: Pick<Validation, "pages" | "data">, today = todayInJapan()): DueItem[] {
  const limit = today.minus({ months: 12 });
  const stale = (date: string) => parseIsoDate(date) < limit;
  const due: DueItem[] = validation.pages.filter((p) => stale(p.reviewed)).map((p) => ({ what: p.file, checked: p.reviewed }));
  for (const [file, value] of validation.data) {
    for (const list of Object.values(value as Record<string, unknown>)) {
      if (!Array.isArray(list)) continue;
      for (const entry of list as Array<{ id?: string; lastVerified?: string }>) {
        if (entry.lastVerified && stale(entry.lastVerified)) due.push({ what: `${file} › "${entry.id}"`, checked: entry.lastVerified });
      }
    }
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
