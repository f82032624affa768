import { z } from "zod";
import { httpsUrl, id, localizedText, pastIsoDate, schemaLink } from "./common.ts";

/** Official: a government or public body's own page. Secondary: anyone else's (a university, a third party). */
const SOURCE_KINDS = ["official", "secondary"] as const;

/** Where facts come from, recorded once and cited by id from pages and data entries. */
const source = z.strictObject({
  id,
  publisher: localizedText,
  /** The page's own title in its own language, and a faithful translation in the others. */
  title: localizedText,
  url: httpsUrl,
  kind: z.enum(SOURCE_KINDS),
  /** The language the source itself is written in (a BCP 47 code: "ja", "en"). */
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a language code like "ja" or "en"'),
  /** The day someone last read the source and checked the facts cited from it. */
  lastChecked: pastIsoDate,
});

export const sourcesFile = z.strictObject({ ...schemaLink, entries: z.array(source).min(1) });

export type Source = z.infer<typeof source>;
