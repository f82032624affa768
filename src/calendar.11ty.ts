import { LANGUAGES, type Lang } from "#schemas/languages.ts";
import { icalFeed } from "#view/ical.ts";
import type { SiteGlobals } from "#view/page-data.ts";

/** One iCalendar feed of the key dates per language: /en/calendar.ics, /ja/calendar.ics. */
export const data = {
  calendarLanguages: LANGUAGES,
  pagination: { data: "calendarLanguages", size: 1, alias: "calendarLang" },
  permalink: ({ calendarLang }: { calendarLang: Lang }) => `/${calendarLang}/calendar.ics`,
  layout: false,
};

export function render(data: SiteGlobals & { calendarLang: Lang }): string {
  const { calendarLang: lang, pages, deployment } = data;
  return icalFeed({ lang, name: `${data.strings[lang].siteName}: ${data.strings[lang].calendarName}`, data, tree: pages, deployment });
}
