import type { Lang } from "#schemas/common.ts";
import type { Scholarship } from "#schemas/scholarships.ts";
import type { Strings } from "#schemas/strings.ts";
import { ExternalLink } from "./ExternalLink.tsx";
import { Provenance } from "./Provenance.tsx";

interface Props {
  scholarships: Scholarship[];
  lang: Lang;
  strings: Strings;
}

const CATEGORY_LABEL = {
  government: "scholarshipCategoryGovernment",
  jasso: "scholarshipCategoryJasso",
  other: "scholarshipCategoryOther",
} as const;

/** Each scholarship from _data/scholarships.json, with its official page, source and date. */
export function ScholarshipList({ scholarships, lang, strings }: Props): JSX.Element {
  return (
    <div class="entries">
      {scholarships.map((item) => (
        <article class="entry" id={item.id} aria-labelledby={`${item.id}-name`}>
          <p class="entry-kind">{strings[CATEGORY_LABEL[item.category]]}</p>
          <h2 id={`${item.id}-name`}>{item.name[lang]}</h2>
          <p>
            {strings.scholarshipProvider}
            {strings.labelSeparator}
            {item.provider[lang]}
          </p>
          <p>{item.summary[lang]}</p>
          {item.facts.length ? (
            <ul>
              {item.facts.map((fact) => (
                <li>{fact[lang]}</li>
              ))}
            </ul>
          ) : null}
          <p>
            <ExternalLink href={item.url} strings={strings}>
              {strings.scholarshipOfficialPage}
            </ExternalLink>
          </p>
          <Provenance source={item.source} lastVerified={item.lastVerified} lang={lang} strings={strings} />
        </article>
      ))}
    </div>
  );
}
