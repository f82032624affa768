import { z } from "zod";
import { parseIsoDate, todayInJapan } from "#lib/japan-time.ts";

import { LANGUAGES, type Lang } from "./languages.ts";

/**
 * Text readers see: never empty, and never a control character (invisible on the page, and not allowed in the XML
 * of the feeds and sitemap). Line breaks are for Markdown, not for data fields.
 */
export const plainText = (empty = "is empty: expected some text") =>
  z
    .string()
    .trim()
    .min(1, empty)
    .refine((value) => !/\p{Cc}/u.test(value), {
      error: (issue) => {
        const found = /\p{Cc}/u.exec(String(issue.input))![0];
        return `contains a control character (U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}): remove it`;
      },
    });

const text = plainText();

/** One schema per language, keyed by its code: a text missing in one language is named by the build. */
const perLanguage = <T extends z.ZodType>(schema: T) =>
  z.strictObject(Object.fromEntries(LANGUAGES.map((lang) => [lang, schema])) as Record<Lang, T>);

/** Text that readers see, in every language the site is published in. */
export const localizedText = perLanguage(text);

export const localizedList = perLanguage(z.array(text));

/**
 * A site's public address: https, the host only. A user name or password would be published in every canonical link
 * and feed; a path would be dropped from them (a sub-path is set with --pathprefix, which every link follows).
 */
export const siteUrl = z.string().superRefine((value, ctx) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({ code: "custom", message: `is not a web address: expected https://host` });
    return;
  }
  if (url.protocol !== "https:") ctx.addIssue({ code: "custom", message: "must be an https:// address" });
  else if (url.username || url.password)
    ctx.addIssue({ code: "custom", message: "contains a user name or password, which every page would publish: give the host only" });
  else if (url.pathname !== "/" || url.search || url.hash) {
    ctx.addIssue({
      code: "custom",
      message: `has a path (${url.pathname}${url.search}${url.hash}): give the host only, and the sub-path with --pathprefix`,
    });
  }
});

/** Only https: a typo'd scheme, http: or javascript: never reaches a student. */
export const httpsUrl = z
  .string()
  .regex(/^https:\/\/[^\s]+$/, "must be an https:// address (no spaces)")
  .refine((value) => {
    try {
      return new URL(value).protocol === "https:";
    } catch {
      return false;
    }
  }, "is not a valid https:// address");

/** A calendar date written YYYY-MM-DD that exists (2025-02-30 does not). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine((value) => parseIsoDate(value).isValid, {
    error: (issue) => `is not a real date (${String(issue.input)}): expected YYYY-MM-DD on the calendar`,
  });

/** The day something was checked: a real date, today or earlier (Japan time). */
export const pastIsoDate = isoDate.refine((value) => !parseIsoDate(value).isValid || parseIsoDate(value) <= todayInJapan(), {
  error: (issue) => `is in the future (${String(issue.input)}): expected the day it was checked, today or earlier`,
});

export const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens, like "osaka" or "jasso-honors"');

/** The id of a source in _data/sources.json: the build checks that it exists. */
export const sourceId = id.describe("The id of a source in _data/sources.json");

/** The `$schema` line that points editors at the generated JSON Schema. */
export const schemaLink = { $schema: z.string().optional() };
