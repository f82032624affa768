import { z } from "zod";
import { httpsUrl, id, localizedList, localizedText, schemaLink, sourced } from "./common.ts";

const SCHOLARSHIP_CATEGORIES = ["government", "jasso", "other"] as const;

const scholarship = z.strictObject({
  id,
  category: z.enum(SCHOLARSHIP_CATEGORIES),
  name: localizedText,
  provider: localizedText,
  summary: localizedText,
  facts: z.array(localizedText),
  keywords: localizedList,
  url: httpsUrl,
  ...sourced,
});

export const scholarshipsFile = z.strictObject({ ...schemaLink, entries: z.array(scholarship).min(1) });

export type Scholarship = z.infer<typeof scholarship>;
export type ScholarshipsFile = z.infer<typeof scholarshipsFile>;
