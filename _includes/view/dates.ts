import { DateTime } from "luxon";
import { getOrMake } from "#lib/get-or-make.ts";
import { parseIsoDate } from "#lib/japan-time.ts";
import type { EventWhen } from "#schemas/events.ts";
import { type Lang, language } from "#schemas/languages.ts";
import type { Strings } from "#schemas/strings.ts";

const formatted = new Map<string, string>();

/** "25 November 2026" / "2026年11月25日": a calendar date in Japan, written the reader's way. */
export const formatDate = (iso: string, lang: Lang): string =>
  getOrMake(formatted, `${iso} ${lang}`, () => parseIsoDate(iso).setLocale(language(lang).dateLocale).toLocaleString(DateTime.DATE_FULL));

/** "2026" / "२०२६": a year in the digits the reader's language writes dates in. */
export const formatYear = (iso: string, lang: Lang): string =>
  new Intl.NumberFormat(language(lang).dateLocale, { useGrouping: false }).format(Number(iso.slice(0, 4)));

/** "April" / "4月": a month's own name, as a heading. */
export const formatMonth = (month: number, lang: Lang): string =>
  DateTime.fromObject({ year: 2000, month }).setLocale(language(lang).dateLocale).toLocaleString({ month: "long" });

/** Days of the year already written, per strings file: building a date format is slow, and pages repeat dates. */
const daysOfYear = new WeakMap<Strings, Map<string, string>>();
const monthAndDayFormats = new Map<string, Intl.DateTimeFormat>();

/** A day or month of every year, written the reader's way: "1 December" / "12月1日", "April" / "4月". */
function formatDayOfYear(value: string, lang: Lang, strings: Strings, approximate: boolean): string {
  const known = getOrMake(daysOfYear, strings, () => new Map<string, string>());
  return getOrMake(known, `${value} ${lang} ${approximate}`, () => writeDayOfYear(value, lang, strings, approximate));
}

function writeDayOfYear(value: string, lang: Lang, strings: Strings, approximate: boolean): string {
  const [month, day] = value.split("-").map(Number) as [number, number | undefined];
  // A leap year, so every day of the year exists; the year is never shown.
  const date = DateTime.fromObject({ year: 2000, month, day: day ?? 1 }).setLocale(language(lang).dateLocale);
  // The month as a date writes it ("tháng 8" in Vietnamese, not the heading's "Tháng 8"; "4月" in Chinese, not "四月").
  const locale = language(lang).dateLocale;
  const format = getOrMake(
    monthAndDayFormats,
    locale,
    () => new Intl.DateTimeFormat(locale, { month: "long", day: "numeric", timeZone: "UTC" }),
  );
  const parts = format.formatToParts(new Date(Date.UTC(2000, month - 1, day ?? 1)));
  const at = parts.findIndex((part) => part.type === "month");
  const monthPart = parts[at]?.value ?? date.toLocaleString({ month: "long" });
  // Where the month is a number, its unit follows as a literal ("4" + "月").
  const monthName = /^\d+$/.test(monthPart) ? monthPart + (parts[at + 1]?.value ?? "") : monthPart;
  if (day === undefined) return monthName;
  if (!approximate) return date.toLocaleString({ month: "long", day: "numeric" });
  const part = day <= 10 ? strings.dateEarlyMonth : day <= 20 ? strings.dateMidMonth : strings.dateLateMonth;
  return part.replace("{month}", monthName);
}

/**
 * When an event happens, in the reader's language: "1 December – 31 January", "mid-August – mid-September",
 * "1 August 2025 – 30 September 2025", "1 March 2026". The words around it (every year, from, around) are the page's.
 */
export function formatEventDates(when: EventWhen, lang: Lang, strings: Strings, approximate = false): string {
  const range = (start: string, end: string | undefined) =>
    end && end !== start ? strings.dateRange.replace("{start}", start).replace("{end}", end) : start;
  if ("yearly" in when) {
    const { start, end } = when.yearly;
    return range(
      formatDayOfYear(start, lang, strings, approximate),
      end === start ? undefined : formatDayOfYear(end, lang, strings, approximate),
    );
  }
  return range(formatDate(when.start, lang), when.end ? formatDate(when.end, lang) : undefined);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A yearly window to the day: a month-only end runs to the month's last day (28 February); an approximate window
 * ("mid-August to mid-September") is widened to its whole months, so no calendar shows a day the source never gave.
 */
export function yearlyDays(window: { start: string; end: string }, approximate = false): { start: string; end: string } {
  const [startMonth, startDay] = window.start.split("-");
  const [endMonth, endDay] = window.end.split("-");
  const last = (month: string) => String(DAYS_IN_MONTH[Number(month) - 1]).padStart(2, "0");
  return {
    start: `${startMonth}-${approximate || !startDay ? "01" : startDay}`,
    end: `${endMonth}-${approximate || !endDay ? last(endMonth!) : endDay}`,
  };
}
