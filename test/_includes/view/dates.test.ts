import assert from "node:assert/strict";
import { test } from "node:test";
import { formatDate } from "#view/dates.ts";

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
