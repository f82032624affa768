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
