import { HtmlBasePlugin } from "@11ty/eleventy";
import { frontMatterOptions } from "#content/front-matter.ts";
import { assets } from "#eleventy/assets.ts";
import { type BuildTimings, buildSummary } from "#eleventy/build-summary.ts";
import { CheckedContent, contentValidation } from "#eleventy/checked-content.ts";
import type { EleventyConfig } from "#eleventy/config-types.ts";
import { deployment } from "#eleventy/deployment.ts";
import { hostHeaders } from "#eleventy/host-headers.ts";
import { createMarkdown } from "#eleventy/markdown.ts";
import { searchIndex } from "#eleventy/search-index.ts";
import { siteData } from "#eleventy/site-data.ts";
import { tsxTemplates } from "#eleventy/tsx-templates.ts";

export default function (eleventyConfig: EleventyConfig) {
  // Each plugin's before- and after-build steps run in the order they are added here.
  eleventyConfig.setEventEmitterMode("sequential");
  const content = new CheckedContent(process.cwd());
  const timings: BuildTimings = { search: 0 };

  // 1. Check every data file and page first: a mistake stops the build before anything is written. What the check
  //    returns, frozen and typed by the schemas, is the only data the templates and plugins below receive.
  eleventyConfig.addPlugin(contentValidation, { content });
  eleventyConfig.addPlugin(siteData, { content });
  eleventyConfig.addPlugin(deployment, { content });

  // 2. Read content: YAML without date guessing, Markdown without raw HTML, TSX layouts. No data files beside
  //    pages: a page is its front matter and Markdown, checked above.
  eleventyConfig.setDataFileSuffixes([]);
  eleventyConfig.setFrontMatterParsingOptions(frontMatterOptions);
  eleventyConfig.setLibrary("md", createMarkdown());
  eleventyConfig.addPlugin(tsxTemplates);

  // 3. Write: hashed assets, links that follow --pathprefix, the security headers static hosts apply.
  eleventyConfig.addPlugin(assets);
  eleventyConfig.addPlugin(HtmlBasePlugin as (config: EleventyConfig) => void);
  eleventyConfig.addPlugin(hostHeaders);

  // 4. Index the written site for search, then say where the time went and what is due for review.
  eleventyConfig.addPlugin(searchIndex, { content, timings });
  eleventyConfig.addPlugin(buildSummary, { content, timings });

  return {
    // Output stays Eleventy's default (_site); the build command points it at a staging folder. Eleventy's own
    // data folder (src/_data) does not exist: data reaches templates only through the checks above.
    dir: { input: "src", includes: "../_includes" },
    templateFormats: ["md", "11ty.tsx", "11ty.ts"],
    // Markdown is Markdown only: no template language inside it to trip over.
    markdownTemplateEngine: false,
  };
}
