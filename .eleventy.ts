import { HtmlBasePlugin } from "@11ty/eleventy";
import { assets } from "#eleventy/assets.ts";
import { contentValidation } from "#eleventy/checked-content.ts";
import { checkedMarkdown } from "#eleventy/checked-markdown.ts";
import type { EleventyConfig } from "#eleventy/config-types.ts";
import { deployment } from "#eleventy/deployment.ts";
import { hostHeaders } from "#eleventy/host-headers.ts";
import { searchIndex } from "#eleventy/search-index.ts";
import { languagesOf, siteBuildOf, writesSharedFiles } from "#eleventy/site-build.ts";
import { siteData } from "#eleventy/site-data.ts";
import { sitePart } from "#eleventy/site-part.ts";
import { tsxTemplates } from "#eleventy/tsx-templates.ts";

export default function (eleventyConfig: EleventyConfig) {
  // Each plugin's before- and after-build steps run in the order they are added here.
  eleventyConfig.setEventEmitterMode("sequential");
  // `npm run build` renders the site a part at a time and hands each run the content and assets it made once;
  // `npm start` renders it whole (scripts/eleventy/site-build.ts).
  const build = siteBuildOf(eleventyConfig, process.cwd());
  const { content } = build;

  // 1. Check every data file and page first: a mistake stops the build before anything is written. What the check
  //    returns, frozen and typed by the schemas, is the only data the templates and plugins below receive.
  eleventyConfig.addPlugin(contentValidation, { content });
  eleventyConfig.addPlugin(siteData, { content });
  eleventyConfig.addPlugin(deployment, { content });

  // 2. Render content: each page from its checked front matter and Markdown (never read a second time), Markdown
  //    without raw HTML, TSX layouts. No data files beside pages. A run of the build renders only its part.
  eleventyConfig.setDataFileSuffixes([]);
  eleventyConfig.addPlugin(checkedMarkdown, { content });
  eleventyConfig.addPlugin(tsxTemplates, { compiled: build.compiled });
  eleventyConfig.addPlugin(sitePart, { part: build.part });

  // 3. Write: hashed assets, links that follow --pathprefix, the security headers static hosts apply.
  eleventyConfig.addPlugin(assets, { assets: build.assets, writes: writesSharedFiles(build) });
  eleventyConfig.addPlugin(HtmlBasePlugin as (config: EleventyConfig) => void);
  if (writesSharedFiles(build)) eleventyConfig.addPlugin(hostHeaders);

  // 4. Under `npm start`, index the run's languages for search after each rebuild (the build command indexes each
  //    language as soon as it is written, and says where the time went).
  eleventyConfig.addPlugin(searchIndex, { content, indexer: build.indexer, languages: languagesOf(build) });
  // An editor saves a page in one write: rebuild 20 ms after it, not after Eleventy's cautious 150.
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 20, pollInterval: 10 } });

  return {
    // Output stays Eleventy's default (_site); the build command points it at a staging folder. Eleventy's own
    // data folder (src/_data) does not exist: data reaches templates only through the checks above.
    dir: { input: "src", includes: "../_includes" },
    templateFormats: ["md", "11ty.tsx", "11ty.ts"],
    // Markdown is Markdown only: no template language inside it to trip over.
    markdownTemplateEngine: false,
  };
}
