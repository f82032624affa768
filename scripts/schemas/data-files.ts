import type { z } from "zod";
import { centersFile } from "./centers.ts";
import { eventsFile } from "./events.ts";
import { LANGUAGES, type Lang } from "./languages.ts";
import { scholarshipsFile } from "./scholarships.ts";
import { sidebarFile } from "./sidebar.ts";
import { siteFile } from "./site.ts";
import { sourcesFile } from "./sources.ts";
import { stringsFile } from "./strings.ts";

interface DataFile<S extends z.ZodType = z.ZodType> {
  file: string;
  schema: S;
  /** Where its JSON Schema is written, for editors (`$schema` in the data file). */
  jsonSchema: string;
}

/** Each JSON file under _data/ by the name templates know it by, with the schema it must meet. */
export const DATA_FILES = {
  site: { file: "_data/site.json", schema: siteFile, jsonSchema: "_data/schemas/site.schema.json" },
  centers: { file: "_data/centers.json", schema: centersFile, jsonSchema: "_data/schemas/centers.schema.json" },
  scholarships: { file: "_data/scholarships.json", schema: scholarshipsFile, jsonSchema: "_data/schemas/scholarships.schema.json" },
  sidebar: { file: "_data/sidebar.json", schema: sidebarFile, jsonSchema: "_data/schemas/sidebar.schema.json" },
  sources: { file: "_data/sources.json", schema: sourcesFile, jsonSchema: "_data/schemas/sources.schema.json" },
  events: { file: "_data/events.json", schema: eventsFile, jsonSchema: "_data/schemas/events.schema.json" },
} as const satisfies Record<string, DataFile>;

/** One interface strings file per language, all meeting one schema. */
export const STRINGS_FILES: Readonly<Record<Lang, DataFile<typeof stringsFile>>> = Object.fromEntries(
  LANGUAGES.map((lang) => [
    lang,
    { file: `_data/strings/${lang}.json`, schema: stringsFile, jsonSchema: "_data/schemas/strings.schema.json" },
  ]),
) as Record<Lang, DataFile<typeof stringsFile>>;

export type DataName = keyof typeof DATA_FILES;

/** The validated content of every data file, typed from its schema: what templates and plugins receive. */
export type SiteData = { readonly [K in DataName]: z.infer<(typeof DATA_FILES)[K]["schema"]> } & {
  readonly strings: Readonly<Record<Lang, z.infer<typeof stringsFile>>>;
};
