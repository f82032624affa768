import { dueForReview, formatDue } from "#content/freshness.ts";
import type { CheckedContent } from "./checked-content.ts";
import type { EleventyConfig } from "./config-types.ts";

/** Where a one-off build's time went, in seconds: the figures to look at first when a build gets slow. */
export interface BuildTimings {
  search: number;
}

/**
 * After a one-off build: one line saying where the time went, then what is due for review. The reminder never fails
 * the build (a build must not start failing as time passes); `npm run check:freshness` is the gate.
 */
export function buildSummary(
  eleventyConfig: EleventyConfig,
  { content, timings }: { content: CheckedContent; timings: BuildTimings },
): void {
  let started = 0;
  eleventyConfig.on("eleventy.before", () => {
    started = performance.now();
  });
  eleventyConfig.on("eleventy.after", ({ runMode }) => {
    if (runMode !== "build") return;
    const checks = content.seconds;
    const total = checks + (performance.now() - started) / 1000;
    const s = (seconds: number) => `${seconds.toFixed(2)} s`;
    console.log(
      `Built in ${s(total)}: checks ${s(checks)}, pages ${s(total - checks - timings.search)}, search index ${s(timings.search)}`,
    );
    console.log(formatDue(dueForReview(content.current)));
  });
}
