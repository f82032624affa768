import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, test } from "node:test";
import ICAL from "ical.js";
import { LANGUAGES, language } from "#schemas/languages.ts";
import { projectContent, sourceUrl } from "#test/content.ts";
import { loadPage, text } from "#test/html.ts";
import { ROOT, requireBuiltSite } from "#test/site.ts";

const content = await projectContent();
const base = new URL("/", (JSON.parse(await readFile(path.join(ROOT, "_data/site.json"), "utf8")) as { url: string }).url).href;

/** The built feed, read by ical.js (Mozilla's iCalendar parser). */
async function feed(lang: string): Promise<ICAL.Component> {
  return new ICAL.Component(ICAL.parse(await readFile(path.join(requireBuiltSite(), lang, "calendar.ics"), "utf8")));
}

/** The first and last day (included) of an event's first occurrence, as the data says, with the year its source was checked. */
function expected(event: (typeof content.events.entries)[number]): { start: string; last: string } {
  if (!("yearly" in event.when)) return { start: event.when.start, last: event.when.end ?? event.when.start };
  const year = Number(content.sources.entries.find((s) => s.id === event.source)!.lastChecked.slice(0, 4));
  const days = { 28: "02", 30: ["04", "06", "09", "11"], 31: [] } as const;
  const lastDay = (month: string) => (month === days[28] ? "28" : (days[30] as readonly string[]).includes(month) ? "30" : "31");
  const [startMonth, startDay] = event.when.yearly.start.split("-");
  const [endMonth, endDay] = event.when.yearly.end.split("-");
  const start = `${startMonth}-${event.approximate || !startDay ? "01" : startDay}`;
  const end = `${endMonth}-${event.approximate || !endDay ? lastDay(endMonth!) : endDay}`;
  return { start: `${year}-${start}`, last: `${end < start ? year + 1 : year}-${end}` };
}

describe("the key dates as an iCalendar feed, read by a real parser", () => {
  for (const lang of LANGUAGES) {
    test(`${lang}: every event, all-day, on its dates, yearly ones with a yearly rule, a stable UID and the page that explains it`, async () => {
      const calendar = await feed(lang);
      assert.equal(calendar.getFirstPropertyValue("x-wr-timezone"), "Asia/Tokyo");
      const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
      assert.equal(events.length, content.events.entries.length);
      for (const event of content.events.entries) {
        const found = events.find((e) => e.uid === `${event.id}.${lang}@${new URL(base).hostname}`);
        assert.ok(found, `${event.id} is in the feed with its UID`);
        assert.equal(found.summary, event.title[lang]);
        assert.ok(found.startDate.isDate && found.endDate.isDate, `${event.id} is all-day`);
        const { start, last } = expected(event);
        assert.equal(found.startDate.toString(), start, `${event.id} starts on ${start}`);
        const dayAfter = found.endDate.clone();
        dayAfter.adjust(-1, 0, 0, 0);
        assert.equal(dayAfter.toString(), last, `${event.id} ends on ${last}`);
        const page = content.pages.find((p) => p.lang === lang && p.translationKey === event.page)!;
        assert.equal(found.component.getFirstPropertyValue("url"), new URL(page.url.slice(1), base).href);
        if ("yearly" in event.when) {
          assert.ok(found.isRecurring(), `${event.id} repeats`);
          assert.equal(found.component.getFirstPropertyValue("rrule")?.toString(), "FREQ=YEARLY");
          // The next occurrences fall on the same days, a year apart each.
          const next = found.iterator();
          const occurrences = [next.next()!, next.next()!, next.next()!].map((time) => time.toString());
          assert.deepEqual(
            occurrences,
            [0, 1, 2].map((years) => `${Number(start.slice(0, 4)) + years}${start.slice(4)}`),
          );
        } else assert.equal(found.isRecurring(), false);
        assert.match(found.description, new RegExp(sourceUrl(content, event.source).replace(/[.?*+^$()[\]\\]/g, "\\$&")));
      }
    });
  }
});

describe("the key dates page", () => {
  for (const lang of LANGUAGES) {
    test(`${lang}: month by month from April, each event under its month with its page, its source and the feed`, async () => {
      const page = await loadPage(`/${lang}/students/calendar/`);
      const main = page.querySelector("main")!;
      const months = main
        .querySelectorAll(".calendar-month")
        .map((section) => Number(section.getAttribute("aria-labelledby")!.replace("month-", "")));
      const order = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3];
      assert.deepEqual(
        months,
        [...months].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
        "from April",
      );
      assert.equal(main.querySelector(".calendar-subscribe a")?.getAttribute("href"), `/${lang}/calendar.ics`);
      for (const event of content.events.entries) {
        const article = main.querySelector(`article#${event.id}`);
        assert.ok(article, `${event.id} is listed`);
        const month = Number(("yearly" in event.when ? event.when.yearly.start : event.when.start.slice(5)).slice(0, 2));
        assert.equal(article.closest("section")?.getAttribute("aria-labelledby"), `month-${month}`, `${event.id} under its month`);
        const explained = content.pages.find((p) => p.lang === lang && p.translationKey === event.page)!;
        assert.ok(article.querySelector(`a[href="${explained.url}"]`), `${event.id} links ${explained.url}`);
        assert.ok(article.querySelector(`.citation a[href="#source-${event.source}"]`), `${event.id} cites its source`);
        assert.ok(main.querySelector(`.sources li#source-${event.source}`), `the page lists ${event.source}`);
      }
      const window = text(main.querySelector("#isa-change-window"));
      if (lang === "en") assert.match(window, /1 December – 31 January \(every year\)/);
      else if (lang === "ja") assert.match(window, /12月1日～1月31日（毎年）|12月1日～1月31日 \(毎年\)/);
      else {
        // Written as the language writes a date (the browser's own formatter, not the site's), every year.
        const day = (month: number, date: number) =>
          new Intl.DateTimeFormat(language(lang).dateLocale, { month: "long", day: "numeric", timeZone: "UTC" }).format(
            new Date(Date.UTC(2000, month - 1, date)),
          );
        for (const part of [day(12, 1), day(1, 31), content.strings[lang].calendarEveryYear])
          assert.ok(window.includes(part), `${lang}: "${part}" in "${window}"`);
      }
    });
  }

  test("the page that explains a date shows it from the same data", async () => {
    const event = content.events.entries.find((e) => e.id === "isa-change-window")!;
    assert.ok("yearly" in event.when);
    const page = await loadPage("/en/students/working/change-of-status/");
    assert.match(text(page.querySelector("main")), /1 December – 31 January/);
  });
});
