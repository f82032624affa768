import { DateTime } from "luxon";
import { parseIsoDate } from "#lib/japan-time.ts";

const LOCALES: Record<string, string> = { en: "en-GB", ja: "ja-JP" };

const formatted = new Map<string, string>();

/** "25 November 2026" / "2026年11月25日": a calendar date in Japan, written the reader's way. */
export function formatDate(iso: string, lang: string): string {
  const key = `${iso} ${lang}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = parseIsoDate(iso)
      .setLocale(LOCALES[lang] ?? lang)
      .toLocaleString(DateTime.DATE_FULL);
    formatted.set(key, text);
  }
  return text;
}
