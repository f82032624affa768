import { LANGUAGES } from "#schemas/languages.ts";
import type { EleventyConfig } from "./config-types.ts";
import type { SitePart } from "./site-build.ts";

/** Leaves out of this Eleventy run every source file that belongs to another part of the site. */
export function sitePart(eleventyConfig: EleventyConfig, { part }: { part?: SitePart }): void {
  if (part === undefined) return;
  for (const lang of LANGUAGES) if (part === "shared" || part.lang !== lang) eleventyConfig.ignores.add(`src/${lang}/**`);
  // The shared templates sit at the root of src/; the assets are files the assets plugin writes, not templates.
  if (part !== "shared") eleventyConfig.ignores.add("src/*.11ty.*");
}
