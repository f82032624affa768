import { getOrMake } from "#lib/get-or-make.ts";
import type { Lang } from "#schemas/languages.ts";
import type { Source } from "#schemas/sources.ts";
import type { Strings } from "#schemas/strings.ts";
import { formatDate } from "#view/dates.ts";
import { LAYOUT_IDS, sourceAnchor } from "#view/layout-ids.ts";
import { localText } from "#view/local-text.ts";
import { ExternalLink } from "./ExternalLink.tsx";

interface Props {
  sources: readonly Source[];
  lang: Lang;
  strings: Strings;
}

// Making an Intl.DisplayNames costs more than the rest of the list: one per language, for every page.
const displayNames = new Map<Lang, Intl.DisplayNames>();

/** The end of every page of facts: each source once, official or secondary, its language and when it was checked. */
export function SourceList({ sources, lang, strings }: Props): JSX.Element {
  if (sources.length === 0) return null;
  const languageNames = getOrMake(displayNames, lang, () => new Intl.DisplayNames([lang], { type: "language" }));
  return (
    <section class="sources" aria-labelledby={LAYOUT_IDS.sources} data-pagefind-ignore="all">
      <h2 id={LAYOUT_IDS.sources}>{strings.sourcesHeading}</h2>
      <ol>
        {sources.map((source) => (
          <li id={sourceAnchor(source.id)}>
            <ExternalLink href={source.url} strings={strings}>
              {localText(source.title[lang], lang)}
            </ExternalLink>
            <br />
            {localText(source.publisher[lang], lang)}
            <br />
            <span class={`source-kind source-${source.kind}`}>
              {source.kind === "official" ? strings.sourceOfficial : strings.sourceSecondary}
            </span>
            {source.language !== lang
              ? ` · ${strings.sourceLanguage.replace("{language}", languageNames.of(source.language) ?? source.language)}`
              : ""}
            {` · ${strings.sourceChecked.replace("{date}", formatDate(source.lastChecked, lang))}`}
          </li>
        ))}
      </ol>
    </section>
  );
}
