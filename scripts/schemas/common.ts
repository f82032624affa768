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
