import { LANGUAGES } from "#schemas/languages.ts";
import type { EleventyConfig } from "./config-types.ts";
import type { SitePart } from "./site-build.ts";

/**
 * Leaves out of this Eleventy run every source file that belongs to another part of the site; under `npm start` its
 * watcher does not see them change either, or an edit to one language would rebuild every other one whole.
 */
export function sitePart(eleventyConfig: EleventyConfig, { part }: { part?: SitePart }): void {
  if (part === undefined) return;
  const others = LANGUAGES.filter((lang) => part === "shared" || part.lang !== lang).map((lang) => `src/${lang}/**`);
  // The shared templates sit at the root of src/; the assets are files the assets plugin writes, not templates.
  if (part !== "shared") others.push("src/*.11ty.*");
  for (const glob of others) {
    eleventyConfig.ignores.add(glob);
    eleventyConfig.watchIgnores.add(glob);
  }
}
