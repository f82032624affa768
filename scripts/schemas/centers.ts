import { z } from "zod";
import { httpsUrl, id, localizedList, localizedText, pastIsoDate, schemaLink, sourceId } from "./common.ts";

const link = z.strictObject({ label: localizedText, url: httpsUrl });

/** A fact about one Center, with the source it comes from. */
const note = z.strictObject({ text: localizedText, source: sourceId });

const center = z
  .strictObject({
    id,
    name: localizedText,
    city: localizedText,
    /** The Center's own website, as a source: the official source of what the entry says about the Center. */
    website: sourceId,
    links: z.array(link),
    /** One line for search results, feeds and structured data; the page says what every Center offers once. */
    summary: localizedText,
    notes: z.array(note),
    /** Left out where no source confirms it: a wrong address costs a student a wasted trip. */
    address: localizedText.optional(),
    phone: z
      .string()
      .regex(/^0\d{1,4}-\d{1,4}-\d{3,4}$/, "must be a Japanese phone number like 03-1234-5678")
      .optional(),
    /** Where the address and phone come from (not the Center's website, unless the website states them). */
    contactSources: z.array(sourceId).min(1, "is empty: name the source of the address and phone").optional(),
    keywords: localizedList,
    lastVerified: pastIsoDate,
  })
  .superRefine((entry, ctx) => {
    if ((entry.address || entry.phone) && !entry.contactSources) {
      ctx.addIssue({ code: "custom", path: ["contactSources"], message: "is missing: an address or phone needs the source it comes from" });
    }
  });

export const centersFile = z.strictObject({ ...schemaLink, entries: z.array(center).min(1) });
