import { z } from "zod";
import { parseIsoDate, todayInJapan } from "#lib/japan-time.ts";

export const LANGUAGES = ["en", "ja"] as const;
export type Lang = (typeof LANGUAGES)[number];

const text = z.string().trim().min(1, "is empty: expected some text");

/** Text that readers see, in every language the site is published in. */
export const localizedText = z.strictObject({ en: text, ja: text });

export const localizedList = z.strictObject({ en: z.array(text), ja: z.array(text) });

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

/** A calendar date written YYYY-MM-DD that exists and is not in the future (Japan time). */
export const pastIsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .superRefine((value, ctx) => {
    const date = parseIsoDate(value);
    if (!date.isValid) {
      ctx.addIssue({ code: "custom", message: `is not a real date (${value}): expected YYYY-MM-DD on the calendar` });
    } else if (date > todayInJapan()) {
      ctx.addIssue({ code: "custom", message: `is in the future (${value}): expected the day it was checked, today or earlier` });
    }
  });

export const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens, like "osaka" or "jasso-honors"');

/** Every entry of the site's data says where its facts come from and when someone last checked them. */
export const sourced = { source: httpsUrl, lastVerified: pastIsoDate };

/** The `$schema` line that points editors at the generated JSON Schema. */
export const schemaLink = { $schema: z.string().optional() };
