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

/** After Eleventy writes the pages, Pagefind indexes them (one index per language) plus the data records. */
export function searchIndex(eleventyConfig: EleventyConfig): void {
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    const validation = validated.current;
    if (!validation) throw new Error("The search index needs the validated content, but validation did not run");
    const { index } = await check("start", pagefind.createIndex({}));
    if (!index) throw new Error("Pagefind returned no index");
    try {
      await check("index the pages", index.addDirectory({ path: directories.output }));
      const records = dataRecords(
        validation.pages,
        validation.data.get("_data/centres.json") as CentresFile,
        validation.data.get("_data/scholarships.json") as ScholarshipsFile,
      );
      for (const record of records) await check(`index ${record.url}`, index.addCustomRecord(record));
      await check("write the index", index.writeFiles({ outputPath: path.join(directories.output, "pagefind") }));
    } finally {
      await pagefind.close();
    }
  });
}
