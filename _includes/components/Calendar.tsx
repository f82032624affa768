import type { SiteEvent } from "#schemas/events.ts";
import { citationHtml } from "#view/citations.ts";
import { formatEventDates, formatMonth, formatYear } from "#view/dates.ts";
import { entryHeadingId, monthId } from "#view/layout-ids.ts";
import { localText } from "#view/local-text.ts";
import type { PageView } from "#view/page-data.ts";

/** The school year's months, from April, as Japanese universities count it. */
const MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3];

/** The month and day an event starts on, for placing and ordering it. */
const startOf = (event: SiteEvent): { month: number; sortKey: string } => {
  const start = "yearly" in event.when ? event.when.yearly.start : event.when.start.slice(5);
  return { month: Number(start.slice(0, 2)), sortKey: `${start}${"yearly" in event.when ? "" : event.when.start}` };
};

/**
 * The key dates, month by month from April: each event under the month it starts in, with its dates in the reader's
 * language, who it is for, its source and the page that explains it. Plain HTML: it reads the same without JavaScript.
 */
export function Calendar({ view }: { view: PageView }): JSX.Element {
  const { lang } = view.page;
  const strings = view.strings[lang];
  const events = [...view.events.entries].sort((a, b) => startOf(a).sortKey.localeCompare(startOf(b).sortKey));
  return (
    <>
      <p class="calendar-subscribe">
        <a href={`/${lang}/calendar.ics`} type="text/calendar">
          {strings.calendarSubscribe}
        </a>{" "}
        {strings.calendarSubscribeNote}
      </p>
      {MONTHS.map((month) => {
        const inMonth = events.filter((event) => startOf(event).month === month);
        if (inMonth.length === 0) return null;
        return (
          <section class="calendar-month" aria-labelledby={monthId(month)}>
            <h2 id={monthId(month)}>{formatMonth(month, lang)}</h2>
            {inMonth.map((event) => {
              const explained = view.pages.find(lang, event.page);
              const when =
                "yearly" in event.when
                  ? strings.calendarEveryYear
                  : strings.calendarInYear.replace("{year}", formatYear(event.when.start, lang));
              return (
                <article class="entry event" id={event.id} aria-labelledby={entryHeadingId(event.id)}>
                  <h3 id={entryHeadingId(event.id)}>{localText(event.title[lang], lang)}</h3>
                  <p class="event-when">
                    <strong>{formatEventDates(event.when, lang, strings, event.approximate)}</strong> ({when})
                  </p>
                  <p>
                    {localText(event.text[lang], lang)} {{ html: citationHtml([event.source], lang, view) }}
                  </p>
                  <p>
                    {strings.calendarFor}
                    {strings.labelSeparator}
                    {localText(event.audience[lang], lang)}
                  </p>
                  {explained ? (
                    <p>
                      {strings.calendarExplained}
                      {strings.labelSeparator}
                      <a href={explained.url}>{explained.title}</a>
                    </p>
                  ) : null}
                </article>
              );
            })}
          </section>
        );
      })}
    </>
  );
}
