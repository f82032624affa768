import { z } from "zod";
import { id, LANGUAGES, pastIsoDate } from "./common.ts";

export const SECTIONS = ["general", "students", "working", "scholarships"] as const;
/** Data-driven blocks a page can ask its layout to render after the Markdown. */
export const LISTINGS = ["centre-links", "centres", "scholarships", "a-z"] as const;

/** What a Markdown page may say about itself. Strict, so a misspelt key is reported, not ignored. */
export const frontMatter = z.strictObject({
  title: z.string().trim().min(1, "is empty: every page needs a title"),
  description: z.string().trim().min(1, "is empty: expected one sentence for result lists").max(200, "is longer than 200 characters"),
  reviewed: pastIsoDate,
  section: z.enum(SECTIONS),
  translationKey: id,
  parent: id.optional(),
  order: z.number().int().optional(),
  listing: z.enum(LISTINGS).optional(),
  /** Where the listing goes: after the Markdown (default) or after its introduction, before the first "##" section. */
  listingPlacement: z.enum(["end", "after-intro"]).optional(),
  keywords: z.array(z.string().trim().min(1)).optional(),
  /** Utility pages (search, A–Z, not found) are not worth a search result. */
  excludeFromSearch: z.boolean().optional(),
  layout: z.string().optional(),
  permalink: z.string().optional(),
  lang: z.enum(LANGUAGES).optional(),
});

export type FrontMatter = z.infer<typeof frontMatter>;
export type Section = (typeof SECTIONS)[number];
export type Listing = (typeof LISTINGS)[number];
