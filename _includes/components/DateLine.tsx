import type { Lang } from "#schemas/languages.ts";
import { formatDate } from "#view/dates.ts";

interface Props {
  label: string;
  separator: string;
  date: string;
  lang: Lang;
}

/** "Last reviewed: 25 November 2026", machine-readable too; not what a page is about, so not in its search snippets. */
export function DateLine({ label, separator, date, lang }: Props): JSX.Element {
  return (
    <p class="date-line" data-pagefind-ignore>
      {label}
      {separator}
      <time datetime={date}>{formatDate(date, lang)}</time>
    </p>
  );
}
