import type Eleventy from "@11ty/eleventy";
import { SiteAssets } from "./assets.ts";
import { CheckedContent } from "./checked-content.ts";
import type { EleventyConfig } from "./config-types.ts";
import { BackgroundIndexer } from "./search-index.ts";
import { eleventyRun, SITE_PARTS, type SitePart } from "./site-build.ts";

/**
 * `npm start`'s Eleventy: one watching run per part of the site (each language, then the shared files) in one
 * process, sharing the checked content and the assets, as `npm run build` renders them. Eleventy's incremental
 * rebuild still looks at every template of its run, so an edited page is rebuilt by its own language's run alone,
 * six times fewer templates than the whole site. A change every part reads (a data file, a stylesheet) rebuilds them
 * all. The shared run serves the site, with live reload; the language runs ask it to reload when they have written.
 * Each language is indexed as soon as its run has written it (while the next run renders), then again after each of
 * its rebuilds.
 */
export async function serveSite(root: string, port: number): Promise<void> {
  const content = new CheckedContent(root);
  const assets = new SiteAssets(root);
  const indexer = new BackgroundIndexer();
  const runs: Eleventy[] = [];
  let server: Eleventy | undefined;
  for (const part of SITE_PARTS) {
    const eleventy = eleventyRun(
      { content, assets, part, indexer },
      {
        runMode: part === "shared" ? "serve" : "watch",
        configure: (eleventyConfig) => followRun(eleventyConfig, part, () => server, stopAll),
      },
    );
    eleventy.setIncrementalBuild(true);
    await eleventy.init();
    await eleventy.watch();
    runs.push(eleventy);
    if (part === "shared") server = eleventy;
  }
  await server?.serve(port);
  await indexer.idle();
  console.log(`[search] every language indexed: search works on every page`);

  /** A run that met an error it cannot go on from stops them all: `npm start` then serves the last good site. */
  async function stopAll(): Promise<void> {
    await Promise.all(runs.map((run) => run.stopWatch()));
    process.exit(1);
  }
}

/** Live reload for a language run's rebuilds, and the whole server stopped when a run stops on an error. */
function followRun(eleventyConfig: EleventyConfig, part: SitePart, server: () => Eleventy | undefined, stopAll: () => Promise<void>) {
  let changed: string[] = [];
  eleventyConfig.on("eleventy.beforeWatch", (files) => {
    changed = files;
  });
  if (part !== "shared") {
    eleventyConfig.on("eleventy.after", async ({ runMode }) => {
      if (runMode !== "build" && changed.length) await server()?.eleventyServe.reload({ files: changed });
    });
  }
  // Eleventy marks an error it stops watching for by setting the exit code, then says the rebuild is over.
  eleventyConfig.on("eleventy.afterwatch", async () => {
    if (process.exitCode) await stopAll();
  });
}
