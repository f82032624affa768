import { formatDate } from "../../scripts/eleventy/dates.ts";
import type { Lang } from "../../scripts/schemas/common.ts";

interface Props {
  label: string;
  date: string;
  lang: Lang;
}

/** "Last reviewed: 25 November 2026", machine-readable too. */
export function DateLine({ label, date, lang }: Props): JSX.Element {
  return (
    <p class="date-line">
      {label}: <time datetime={date}>{formatDate(date, lang)}</time>
    </p>
  );
}
