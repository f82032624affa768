import { DateTime } from "luxon";

/** Every date on the site is a calendar date in Japan, whatever the build machine's zone. */
export const JAPAN_ZONE = "Asia/Tokyo";

// A site has a few hundred distinct dates at most, and thousands of pages share them: parsing in a time zone is
// the slow part of luxon, and a DateTime never changes, so each date is parsed once per process.
const parsed = new Map<string, DateTime>();

/** Parses a strict YYYY-MM-DD date in Japan time; invalid for impossible dates such as 2025-02-30. */
export function parseIsoDate(value: string): DateTime {
  let date = parsed.get(value);
  if (!date) {
    date = DateTime.fromISO(value, { zone: JAPAN_ZONE });
    parsed.set(value, date);
  }
  return date;
}

// Every past-date check asks (thousands per build): today is worked out once, until midnight in Japan.
let today: { date: DateTime; pinned: string | undefined; until: number } | undefined;

/** Today in Japan. SITE_TODAY (YYYY-MM-DD) pins it, so checks that depend on the date can be tested. */
export function todayInJapan(): DateTime {
  const pinned = process.env.SITE_TODAY;
  if (today && today.pinned === pinned && Date.now() < today.until) return today.date;
  const now = pinned ? parseIsoDate(pinned) : DateTime.now().setZone(JAPAN_ZONE);
  const date = now.startOf("day");
  today = { date, pinned, until: pinned ? Number.POSITIVE_INFINITY : date.plus({ days: 1 }).toMillis() };
  return date;
}
