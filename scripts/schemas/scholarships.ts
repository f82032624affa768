import { z } from "zod";
import { id, localizedList, localizedText, pastIsoDate, schemaLink, sourceId } from "./common.ts";

const SCHOLARSHIP_CATEGORIES = ["government", "jasso", "other"] as const;

const scholarship = z.strictObject({
  id,
  category: z.enum(SCHOLARSHIP_CATEGORIES),
  name: localizedText,
  provider: localizedText,
  summary: localizedText,
  /** Facts from the entry's source; `[[date:event-id]]` shows a date from _data/events.json. */
  facts: z.array(localizedText),
  keywords: localizedList,
  /** The provider's official page: where the facts come from and where students apply. */
  source: sourceId,
  lastVerified: pastIsoDate,
});

export const scholarshipsFile = z.strictObject({ ...schemaLink, entries: z.array(scholarship).min(1) });

export type Scholarship = z.infer<typeof scholarship>;
