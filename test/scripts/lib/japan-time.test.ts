import assert from "node:assert/strict";
import { test } from "node:test";
import { parseIsoDate, todayInJapan } from "#lib/japan-time.ts";

test("rejects dates that are not on the calendar", () => {
  assert.equal(parseIsoDate("2025-02-30").isValid, false);
  assert.equal(parseIsoDate("2024-02-29").isValid, true);
});

test("SITE_TODAY pins today, in Japan time", () => {
  process.env.SITE_TODAY = "2026-11-25";
  try {
    assert.equal(todayInJapan().toISODate(), "2026-11-25");
    assert.equal(todayInJapan().zoneName, "Asia/Tokyo");
  } finally {
    delete process.env.SITE_TODAY;
  }
});

test("today turns at midnight in Japan, though it is worked out once per day", (context) => {
  context.mock.timers.enable({ apis: ["Date"], now: Date.parse("2026-12-01T14:59:59Z") });
  assert.equal(todayInJapan().toISODate(), "2026-12-01", "23:59:59 in Tokyo");
  context.mock.timers.tick(2000);
  assert.equal(todayInJapan().toISODate(), "2026-12-02", "00:00:01 in Tokyo, 15:00 UTC");
  process.env.SITE_TODAY = "2026-11-25";
  try {
    assert.equal(todayInJapan().toISODate(), "2026-11-25", "a pinned day applies at once");
  } finally {
    delete process.env.SITE_TODAY;
  }
  assert.equal(todayInJapan().toISODate(), "2026-12-02");
});
