import { citationHtml, expandDates, sourceById } from "#view/citations.ts";
import { entryHeadingId } from "#view/layout-ids.ts";
import { localText } from "#view/local-text.ts";
import type { PageView } from "#view/page-data.ts";
import { DateLine } from "./DateLine.tsx";
import { ExternalLink } from "./ExternalLink.tsx";

const CATEGORY_LABEL = {
  government: "scholarshipCategoryGovernment",
  jasso: "scholarshipCategoryJasso",
  other: "scholarshipCategoryOther",
} as const;

/** Each scholarship from _data/scholarships.json: its facts with their source, its official page and its date. */
export function ScholarshipList({ view }: { view: PageView }): JSX.Element {
  const { lang } = view.page;
  const strings = view.strings[lang];
  return (
    <div class="entries">
      {view.scholarships.entries.map((item) => (
        <article class="entry" id={item.id} aria-labelledby={entryHeadingId(item.id)}>
          <p class="entry-kind">{strings[CATEGORY_LABEL[item.category]]}</p>
          <h2 id={entryHeadingId(item.id)}>{localText(item.name[lang], lang)}</h2>
          <p>
            {strings.scholarshipProvider}
            {strings.labelSeparator}
            {localText(item.provider[lang], lang)}
          </p>
          <p>
            {localText(item.summary[lang], lang)} {{ html: citationHtml([item.source], lang, view) }}
          </p>
          {item.facts.length ? (
            <ul>
              {item.facts.map((fact) => (
                <li>{localText(expandDates(fact[lang], lang, view, strings), lang)}</li>
              ))}
            </ul>
          ) : null}
          <p>
            <ExternalLink href={sourceById(view, item.source).url} strings={strings}>
              {strings.scholarshipOfficialPage}
            </ExternalLink>
          </p>
          <DateLine label={strings.lastVerified} separator={strings.labelSeparator} date={item.lastVerified} lang={lang} />
        </article>
      ))}
    </div>
  );
}
