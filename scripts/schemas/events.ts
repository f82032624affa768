import { z } from "zod";
import { id, isoDate, localizedText, schemaLink, sourceId } from "./common.ts";

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A day of every year, "12-01", or a whole month of every year, "04". 29 February is refused: most years lack it. */
const dayOfYear = z
  .string()
  .regex(/^(0[1-9]|1[0-2])(-\d{2})?$/, 'must be a month "MM" or a day "MM-DD" of every year, like "04" or "12-01"')
  .superRefine((value, ctx) => {
    const [month, day] = value.split("-").map(Number) as [number, number | undefined];
    if (day === undefined) return;
    if (day < 1 || day > DAYS_IN_MONTH[month - 1]!) ctx.addIssue({ code: "custom", message: `is not a day of the year (${value})` });
    else if (month === 2 && day === 29)
      ctx.addIssue({ code: "custom", message: "is 29 February, which most years do not have: use 02-28 or 03-01" });
  });

/**
 * A window that comes back every year (start to end; an end before the start runs into the next year), both ends
 * to the day or both to the month, so the window means the same in every year.
 */
const yearly = z.strictObject({ start: dayOfYear, end: dayOfYear }).refine((window) => window.start.length === window.end.length, {
  error: 'mixes a month and a day: give both ends as months ("04") or both as days ("04-15")',
});

/** A one-off: a single day (`start` only), or from `start` to `end`. */
const once = z
  .strictObject({ start: isoDate, end: isoDate.optional() })
  .refine((window) => !window.end || window.end >= window.start, { error: "ends before it starts: expected end on or after start" });

const eventWhen = z.union([z.strictObject({ yearly }), once]);

/** A dated fact: what happens when, for whom, explained on which page, from which source. */
const event = z.strictObject({
  id,
  title: localizedText,
  text: localizedText,
  audience: localizedText,
  when: eventWhen,
  /** The source says "around" or "mid-": the dates are shown as early, mid- or late month. */
  approximate: z.boolean().optional(),
  /** For a fact tied to a year: the day after which it must be checked again (it appears in the freshness report). */
  staleAfter: isoDate.optional(),
  /** The translationKey of the page that explains it. */
  page: id,
  source: sourceId,
});

export const eventsFile = z.strictObject({ ...schemaLink, entries: z.array(event) });

export type SiteEvent = z.infer<typeof event>;
export type EventWhen = z.infer<typeof eventWhen>;
