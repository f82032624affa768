import { rename, rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { pageUrl } from "../content/page-url.ts";
import type { ValidPage } from "../content/validate.ts";
import type { CentresFile } from "../schemas/centres.ts";
import { LANGUAGES, type Lang } from "../schemas/common.ts";
import type { ScholarshipsFile } from "../schemas/scholarships.ts";
import type { EleventyConfig } from "./config-types.ts";
import { validated } from "./validation.ts";

type CustomRecord = Parameters<pagefind.PagefindIndex["addCustomRecord"]>[0];

/** Where each language's page with a given listing lives, so a record can point at its entry there. */
function listingUrl(pages: ValidPage[], listing: string, lang: Lang): string | undefined {
  const page = pages.find((p) => p.lang === lang && p.listing === listing);
  return page ? pageUrl(page.file, page.permalink) : undefined;
}

/** Each Center and each scholarship becomes a search result of its own, pointing at its entry. */
export function dataRecords(pages: ValidPage[], centres: CentresFile, scholarships: ScholarshipsFile): CustomRecord[] {
  const records: CustomRecord[] = [];
  for (const lang of LANGUAGES) {
    const centresUrl = listingUrl(pages, "centres", lang);
    if (centresUrl) {
      for (const centre of centres.entries) {
        records.push({
          url: `${centresUrl}#${centre.id}`,
          language: lang,
          content: [centre.name[lang], centre.city[lang], centre.summary[lang], ...centre.notes.map((n) => n[lang]), centre.address?.[lang] ?? "", centre.keywords[lang].join(" ")].join("\n"),
          meta: { title: centre.name[lang] },
          filters: { type: ["centre"], section: ["working"] },
        });
      }
    }
    const scholarshipsUrl = listingUrl(pages, "scholarships", lang);
    if (scholarshipsUrl) {
      for (const item of scholarships.entries) {
        records.push({
          url: `${scholarshipsUrl}#${item.id}`,
          language: lang,
          content: [item.name[lang], item.provider[lang], item.summary[lang], ...item.facts.map((f) => f[lang]), item.keywords[lang].join(" ")].join("\n"),
          meta: { title: item.name[lang] },
          filters: { type: ["scholarship"], section: ["scholarships"] },
        });
      }
    }
  }
  return records;
}

async function check<T extends { errors: string[] }>(step: string, response: Promise<T>): Promise<T> {
  const result = await response;
  if (result.errors.length) throw new Error(`Pagefind could not ${step}: ${result.errors.join("; ")}`);
  return result;
}

/** Indexes every page of the built site and the Centers and scholarships, and writes the index to `outputPath`. */
async function indexSite(site: string, outputPath: string): Promise<void> {
  const validation = validated.current;
  if (!validation) throw new Error("The search index needs the validated content, but validation did not run");
  const { index } = await check("start", pagefind.createIndex({}));
  if (!index) throw new Error("Pagefind returned no index");
  await check("index the pages", index.addDirectory({ path: site }));
  const records = dataRecords(
    validation.pages,
    validation.data.get("_data/centres.json") as CentresFile,
    validation.data.get("_data/scholarships.json") as ScholarshipsFile,
  );
  await Promise.all(records.map((record) => check(`index ${record.url}`, index.addCustomRecord(record))));
  await check("write the index", index.writeFiles({ outputPath }));
}

/** How long the last one-off build spent on its search index, for the build's summary line. */
export const indexing: { seconds?: number } = {};

/**
 * After Eleventy writes the pages, Pagefind (in its own process) indexes the output folder, one index per language,
 * plus the data records. Handing it each page as Eleventy rendered it was tried, and was slower at 4,000 pages
 * (28 s against 20 s): Pagefind reads and parses a folder on several threads, but takes handed pages one by one.
 * Watch mode indexes in the background: the edited page reloads at once, and the new index replaces the old one
 * whole when it is ready.
 */
export function searchIndex(eleventyConfig: EleventyConfig): void {
  eleventyConfig.on("eleventy.after", async ({ directories, runMode }) => {
    if (runMode !== "build") return reindexInBackground(directories.output);
    const started = performance.now();
    try {
      await indexSite(directories.output, path.join(directories.output, "pagefind"));
      indexing.seconds = (performance.now() - started) / 1000;
    } finally {
      await pagefind.close();
    }
  });
}

let running: Promise<void> | undefined;
let again = false;

/** Rebuilds the index from the output folder into a sibling folder, then swaps it in; edits during a run queue one more. */
function reindexInBackground(output: string): void {
  if (running) {
    again = true;
    return;
  }
  const started = performance.now();
  running = (async () => {
    const next = path.join(output, "pagefind.next");
    const live = path.join(output, "pagefind");
    const old = path.join(output, "pagefind.old");
    try {
      await rm(next, { recursive: true, force: true });
      await indexSite(output, next);
      await rm(old, { recursive: true, force: true });
      await rename(live, old).catch(() => {});
      await rename(next, live);
      await rm(old, { recursive: true, force: true });
      console.log(`[search] index updated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      console.error(`[search] the index was not updated: ${(error as Error).message}`);
    } finally {
      await pagefind.close();
      running = undefined;
      if (again) {
        again = false;
        reindexInBackground(output);
      }
    }
  })();
}
