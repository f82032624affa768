import { DATA_FILES } from "#schemas/data-files.ts";
import { LAYOUTS } from "#schemas/front-matter.ts";
import { pageTree } from "#view/page-tree.ts";
import type { CheckedContent } from "./checked-content.ts";
import type { EleventyConfig } from "./config-types.ts";

/**
 * Hands templates the checked content: each data file under its own name (`centers`, `strings`, …) and the index of
 * checked pages (`pages`). Eleventy's own data folder stays empty, so nothing reaches a template unchecked.
 */
export function siteData(eleventyConfig: EleventyConfig, { content }: { content: CheckedContent }): void {
  for (const name of [...(Object.keys(DATA_FILES) as Array<keyof typeof DATA_FILES>), "strings"] as const) {
    eleventyConfig.addGlobalData(name, () => content.current[name]);
  }
  eleventyConfig.addGlobalData("pages", () => pageTree(content.current.pages));
  // Markdown pages are framed by the page layout unless they name another; the TypeScript templates set `layout: false`.
  eleventyConfig.addGlobalData("layout", "page");
  for (const [name, file] of Object.entries(LAYOUTS)) eleventyConfig.addLayoutAlias(name, file);
}
