import { ContentError } from "../content/problems.ts";
import { validateProject, type PageCache, type Validation } from "../content/validate.ts";
import type { EleventyConfig } from "./config-types.ts";

/** The last validation that passed, for plugins that need the pages and data after Eleventy writes. */
export const validated: { current?: Validation } = {};

/** Checks every data file and page before Eleventy renders anything; a mistake stops the build with one report. */
export function contentValidation(eleventyConfig: EleventyConfig): void {
  const cache: PageCache = new Map();
  eleventyConfig.on("eleventy.before", async ({ runMode }) => {
    // A one-off build has just been validated by its command; watch mode re-checks on every change,
    // reading again only the pages that changed.
    if (runMode === "build" && validated.current) return;
    const validation = await validateProject(process.cwd(), runMode === "build" ? undefined : cache);
    if (validation.problems.length) throw new ContentError(validation.problems);
    validated.current = validation;
  });
}
