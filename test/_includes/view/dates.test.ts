import assert from "node:assert/strict";
import { test } from "node:test";
import type { Strings } from "#schemas/strings.ts";
import { formatDate, formatEventDates } from "#view/dates.ts";

test("formats a date the English way", () => {
  assert.equal(formatDate("2026-11-25", "en"), "25 November 2026");
});

test("formats a date the Japanese way", () => {
  assert.equal(formatDate("2026-11-25", "ja"), "2026年11月25日");
});

test("keeps the calendar date whatever the machine's time zone (Japan time)", () => {
  const zone = process.env.TZ;
  process.env.TZ = "America/Los_Angeles";
  try {
    assert.equal(formatDate("2026-01-01", "en"), "1 January 2026");
  } finally {
    process.env.TZ = zone;
  }
});

const en = {
  dateRange: "{start} – {end}",
  dateEarlyMonth: "early {month}",
  dateMidMonth: "mid-{month}",
  dateLateMonth: "late {month}",
} as Strings;
const ja = {
  dateRange: "{start}～{end}",
  dateEarlyMonth: "{month}上旬",
  dateMidMonth: "{month}中旬",
  dateLateMonth: "{month}下旬",
} as Strings;

test("a yearly window reads as days or months of every year, in the reader's language", () => {
  assert.equal(formatEventDates({ yearly: { start: "12-01", end: "01-31" } }, "en", en), "1 December – 31 January");
  assert.equal(formatEventDates({ yearly: { start: "12-01", end: "01-31" } }, "ja", ja), "12月1日～1月31日");
  assert.equal(formatEventDates({ yearly: { start: "04", end: "05" } }, "en", en), "April – May");
  assert.equal(formatEventDates({ yearly: { start: "04", end: "05" } }, "ja", ja), "4月～5月");
});

test("an approximate window reads as early, mid- or late month", () => {
  assert.equal(formatEventDates({ yearly: { start: "08-15", end: "09-15" } }, "en", en, true), "mid-August – mid-September");
  assert.equal(formatEventDates({ yearly: { start: "08-15", end: "09-25" } }, "ja", ja, true), "8月中旬～9月下旬");
});

test("a one-off carries its year; a single day has no range", () => {
  assert.equal(formatEventDates({ start: "2025-08-01", end: "2025-09-30" }, "en", en), "1 August 2025 – 30 September 2025");
  assert.equal(formatEventDates({ start: "2026-03-01" }, "ja", ja), "2026年3月1日");
});
