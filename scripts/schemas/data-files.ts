import type { z } from "zod";
import { centresFile } from "./centres.ts";
import { scholarshipsFile } from "./scholarships.ts";
import { sidebarFile } from "./sidebar.ts";
import { siteFile } from "./site.ts";
import { stringsFile } from "./strings.ts";

/** Each JSON file under _data/, the schema it must meet and where its JSON Schema is written. */
export const DATA_FILES: ReadonlyArray<{ file: string; schema: z.ZodType; jsonSchema: string }> = [
  { file: "_data/site.json", schema: siteFile, jsonSchema: "_data/schemas/site.schema.json" },
  { file: "_data/centres.json", schema: centresFile, jsonSchema: "_data/schemas/centres.schema.json" },
  { file: "_data/scholarships.json", schema: scholarshipsFile, jsonSchema: "_data/schemas/scholarships.schema.json" },
  { file: "_data/sidebar.json", schema: sidebarFile, jsonSchema: "_data/schemas/sidebar.schema.json" },
  { file: "_data/strings/en.json", schema: stringsFile, jsonSchema: "_data/schemas/strings.schema.json" },
  { file: "_data/strings/ja.json", schema: stringsFile, jsonSchema: "_data/schemas/strings.schema.json" },
];
