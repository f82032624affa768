import type { Lang } from "#schemas/common.ts";
import type { Strings } from "#schemas/strings.ts";
import { DateLine } from "./DateLine.tsx";
import { ExternalLink } from "./ExternalLink.tsx";

/** Where an entry's facts come from and when someone last checked them: shown with every data entry. */
export function Provenance({
  source,
  lastVerified,
  lang,
  strings,
}: {
  source: string;
  lastVerified: string;
  lang: Lang;
  strings: Strings;
}): JSX.Element {
  return (
    <>
      <p class="provenance">
        {strings.source}
        {strings.labelSeparator}
        <ExternalLink href={source} strings={strings}>
          {source}
        </ExternalLink>
      </p>
      <DateLine label={strings.lastVerified} separator={strings.labelSeparator} date={lastVerified} lang={lang} />
    </>
  );
}
