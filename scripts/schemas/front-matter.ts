import { z } from "zod";
import { id, pastIsoDate } from "./common.ts";

const SECTIONS = ["general", "students", "working", "scholarships"] as const;
/** Data-driven blocks a page can ask its layout to render after the Markdown. */
const LISTINGS = ["center-links", "centers", "scholarships", "a-z"] as const;

/** The layouts a page may name, and their files under _includes/: no other file can become a page's layout. */
export const LAYOUTS = {
  page: "layouts/page.11ty.tsx",
  search: "layouts/search.11ty.tsx",
} as const;
type LayoutName = keyof typeof LAYOUTS;

const layoutName = z.string().transform((name, ctx) => {
  if (Object.hasOwn(LAYOUTS, name)) return name as LayoutName;
  ctx.addIssue({
    code: "custom",
    message: `names "${name}", which does not exist: expected one of ${Object.keys(LAYOUTS)
      .map((l) => `"${l}"`)
      .join(", ")}`,
  });
  return z.NEVER;
});

/** What a Markdown page may say about itself. Strict, so a misspelt key is reported, not ignored. */
export const frontMatter = z.strictObject({
  title: z.string().trim().min(1, "is empty: every page needs a title"),
  /** The title's reading in kana, for Japanese pages: the A–Z list sorts by it (kanji order says nothing of sound). */
  reading: z
    .string()
    .regex(
      /^[\p{Script=Hiragana}\p{Script=Katakana}ー・\s\d０-９A-Za-zＡ-Ｚａ-ｚ]+$/u,
      "must be the title's reading in kana, like しゅうしょくかつどう",
    )
    .optional(),
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
  /** A page with no facts of its own (a hub, search, A–Z) says so; every other page must cite its sources. */
  citations: z.literal("none").optional(),
  /** Utility pages (search, A–Z, not found) are not worth a search result. */
  excludeFromSearch: z.boolean().optional(),
  layout: layoutName.optional(),
  permalink: z.string().optional(),
});

export type FrontMatter = z.infer<typeof frontMatter>;
