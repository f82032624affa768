import assert from "node:assert/strict";
import { test } from "node:test";
import { dueForReview, formatDue } from "#content/freshness.ts";
import type { SiteContent, ValidPage } from "#content/validate.ts";
import { parseIsoDate } from "#lib/japan-time.ts";

const page = (file: string, reviewed: string) => ({ file, reviewed }) as ValidPage;
const validation = {
  pages: [page("src/en/old.md", "2025-11-24"), page("src/en/fresh.md", "2025-11-25")],
  centers: {
    entries: [
      { id: "osaka", lastVerified: "2024-01-01" },
      { id: "tokyo", lastVerified: "2026-11-01" },
    ],
  } as SiteContent["centers"],
  scholarships: { entries: [] } as unknown as SiteContent["scholarships"],
  sources: { entries: [] } as unknown as SiteContent["sources"],
  events: { entries: [] } as unknown as SiteContent["events"],
};

test("lists what was last checked more than 12 months ago, in Japan time", () => {
  const due = dueForReview(validation, parseIsoDate("2026-11-25"));
  assert.deepEqual(
    due.map((d) => d.what),
    ["src/en/old.md", '_data/centers.json › "osaka"'],
  );
});

test("says so when nothing is due", () => {
  assert.match(formatDue(dueForReview(validation, parseIsoDate("2025-01-01"))), /every page and entry was checked/);
});

test("a stale source, an event over or past its stale date, and a yearly event whose source is old are due", () => {
  const content = {
    pages: [],
    centers: { entries: [] },
    scholarships: { entries: [] },
    sources: {
      entries: [
        { id: "old", lastChecked: "2025-01-01" },
        { id: "fresh", lastChecked: "2026-11-01" },
      ],
    },
    events: {
      entries: [
        { id: "over", when: { start: "2026-08-01", end: "2026-09-30" }, source: "fresh" },
        { id: "tied-to-a-year", when: { start: "2026-03-01" }, staleAfter: "2026-10-31", source: "fresh" },
        { id: "still-valid", when: { start: "2026-03-01" }, staleAfter: "2027-03-31", source: "fresh" },
        { id: "yearly-old-source", when: { yearly: { start: "12-01", end: "01-31" } }, source: "old" },
        { id: "yearly", when: { yearly: { start: "04", end: "05" } }, source: "fresh" },
      ],
    },
  } as unknown as SiteContent;
  assert.deepEqual(
    dueForReview(content, parseIsoDate("2026-11-30")).map((d) => d.what),
    [
      '_data/sources.json › "old"',
      '_data/events.json › "over": over since 2026-09-30',
      '_data/events.json › "tied-to-a-year": stale after 2026-10-31',
      '_data/events.json › "yearly-old-source": yearly, from a source not checked for a year',
    ],
  );
});
