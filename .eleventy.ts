import { HtmlBasePlugin } from "@11ty/eleventy";
import { frontMatterOptions } from "./scripts/content/front-matter.ts";
import { assets } from "./scripts/eleventy/assets.ts";
import type { EleventyConfig } from "./scripts/eleventy/config-types.ts";
import { deployment } from "./scripts/eleventy/deployment.ts";
import { frozenData } from "./scripts/eleventy/frozen-data.ts";
import { hostHeaders } from "./scripts/eleventy/host-headers.ts";
import { LAYOUT_ALIASES } from "./scripts/eleventy/layouts.ts";
import { createMarkdown } from "./scripts/eleventy/markdown.ts";
import { searchIndex } from "./scripts/eleventy/search-index.ts";
import { tsxTemplates } from "./scripts/eleventy/tsx-templates.ts";
import { contentValidation } from "./scripts/eleventy/validation.ts";

export default function (eleventyConfig: EleventyConfig) {
  // 1. Check every data file and page first: a mistake stops the build before anything is written.
  eleventyConfig.addPlugin(contentValidation);
  eleventyConfig.addPlugin(deployment);

  // 2. Read content: data shared by every page (not copied into each), YAML without date guessing,
  //    Markdown without raw HTML, TSX layouts.
  eleventyConfig.addPlugin(frozenData);
  eleventyConfig.setFrontMatterParsingOptions(frontMatterOptions);
  eleventyConfig.setLibrary("md", createMarkdown());
  eleventyConfig.addPlugin(tsxTemplates);
  for (const [alias, file] of Object.entries(LAYOUT_ALIASES)) eleventyConfig.addLayoutAlias(alias, file);

  // 3. Write: hashed assets, links that follow --pathprefix, the security headers static hosts apply.
  eleventyConfig.addPlugin(assets);
  eleventyConfig.addPlugin(HtmlBasePlugin as Parameters<EleventyConfig["addPlugin"]>[0]);
  eleventyConfig.addPlugin(hostHeaders);

  // 4. Index the written site for search.
  eleventyConfig.addPlugin(searchIndex);

  return {
    // Output stays Eleventy's default (_site); the build command points it at a staging folder.
    dir: { input: "src", includes: "../_includes", data: "../_data" },
    templateFormats: ["md", "11ty.tsx", "11ty.ts"],
    // Markdown is Markdown only: no template language inside it to trip over.
    markdownTemplateEngine: false,
  };
}
