import { z } from "zod";
import { httpsUrl, id, localizedList, localizedText, schemaLink, sourced } from "./common.ts";

const link = z.strictObject({ label: localizedText, url: httpsUrl });

const center = z.strictObject({
  id,
  name: localizedText,
  city: localizedText,
  website: httpsUrl,
  links: z.array(link),
  summary: localizedText,
  notes: z.array(localizedText),
  /** Left out where no source confirms it: a wrong address costs a student a wasted trip. */
  address: localizedText.optional(),
  phone: z
    .string()
    .regex(/^0\d{1,4}-\d{1,4}-\d{3,4}$/, "must be a Japanese phone number like 03-1234-5678")
    .optional(),
  contactConfidence: z.enum(["official", "secondary"]),
  keywords: localizedList,
  ...sourced,
});

export const centersFile = z.strictObject({ ...schemaLink, entries: z.array(center).min(1) });

export type Center = z.infer<typeof center>;
export type CentersFile = z.infer<typeof centersFile>;
