import { dueForReview, formatDue } from "#content/freshness.ts";
import type { SiteContent } from "#content/validate.ts";

/** Where a one-off build's time went, in seconds: the figures to look at first when a build gets slow. */
export interface BuildTimings {
  total: number;
  checks: number;
  /** Eleventy's runs, one after another. */
  pages: number;
  /**
   * Pagefind's time per language added up; it mostly runs while Eleventy renders the next language, and indexes two
   * languages at a time, so this can exceed the build's own time.
   */
  search: number;
  /** What the build waited for Pagefind once the last page was written. */
  searchAfterPages: number;
}

/**
 * After a one-off build: one line saying where the time went, then what is due for review. The reminder never fails
 * the build (a build must not start failing as time passes); `npm run check:freshness` is the gate.
 */
export function buildSummary(timings: BuildTimings, content: SiteContent): string {
  const s = (seconds: number) => `${seconds.toFixed(2)} s`;
  return [
    `Built in ${s(timings.total)}: checks ${s(timings.checks)}, pages ${s(timings.pages)}, search index ${s(timings.search)} (beside the pages; ${s(timings.searchAfterPages)} after the last one)`,
    formatDue(dueForReview(content)),
  ].join("\n");
}
