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
