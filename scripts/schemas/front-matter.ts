import { z } from "zod";
import { id, pastIsoDate, plainText } from "./common.ts";

const SECTIONS = ["general", "students", "working", "scholarships"] as const;
/** Data-driven blocks a page can ask its layout to render after the Markdown. */
const LISTINGS = ["center-links", "centers", "scholarships", "calendar", "a-z"] as const;

/** The layouts a page may name, and their files under _includes/: no other file can become a page's layout. */
export const LAYOUTS = {
  page: "layouts/page.11ty.tsx",
  search: "layouts/search.11ty.tsx",
  offline: "layouts/offline.11ty.tsx",
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
  title: plainText("is empty: every page needs a title"),
  /** The title's reading in kana, for Japanese pages: the A–Z list sorts by it (kanji order says nothing of sound). */
  reading: z
    .string()
    .regex(
      /^[\p{Script=Hiragana}\p{Script=Katakana}ー・\s\d０-９A-Za-zＡ-Ｚａ-ｚ]+$/u,
      "must be the title's reading in kana, like しゅうしょくかつどう",
    )
    .optional(),
  description: plainText("is empty: expected one sentence for result lists").max(200, "is longer than 200 characters"),
  reviewed: pastIsoDate,
  section: z.enum(SECTIONS),
  translationKey: id,
  parent: id.optional(),
  order: z.number().int().optional(),
  listing: z.enum(LISTINGS).optional(),
  /** Where the listing goes: after the Markdown (default) or after its introduction, before the first "##" section. */
  listingPlacement: z.enum(["end", "after-intro"]).optional(),
  keywords: z.array(plainText()).optional(),
  /**
   * Who wrote this language's text: "original" (written in it), or a translation "reviewed" by a fluent reader, or
   * "unreviewed", which the page says at its top, in its own language, with links to the English and Japanese pages.
   * Only a fluent reader who checked the page may set "reviewed".
   */
  translation: z.enum(["original", "reviewed", "unreviewed"]),
  /** A page with no facts of its own (a hub, search, A–Z) says so; every other page must cite its sources. */
  citations: z.literal("none").optional(),
  /** Utility pages (search, A–Z, not found) are not worth a search result. */
  excludeFromSearch: z.boolean().optional(),
  layout: layoutName.optional(),
  /**
   * Where Eleventy writes the page, for the few that need a fixed file name (a host's 404 page): a path inside the
   * page's own language folder, in letters, digits and hyphens. The build checks the folder is the page's own.
   */
  permalink: z
    .string()
    .regex(
      /^\/[a-z]{2}(-[A-Za-z]+)?\/([a-z0-9]+(-[a-z0-9]+)*\/)*([a-z0-9]+(-[a-z0-9]+)*\.html)?$/,
      "must be a path inside the page's language folder, like /en/404.html or /en/about/: lower-case letters, digits and hyphens, ending in / or .html",
    )
    .optional(),
});

export type FrontMatter = z.infer<typeof frontMatter>;
export type Section = FrontMatter["section"];
