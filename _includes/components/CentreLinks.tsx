import type { Lang } from "../../scripts/schemas/common.ts";
import type { Centre } from "../../scripts/schemas/centres.ts";
import type { Strings } from "../../scripts/schemas/strings.ts";
import { ExternalLink } from "./ExternalLink.tsx";

interface Props {
  centres: Centre[];
  lang: Lang;
  strings: Strings;
}

/** The seed's "websites of major Centers" list, rebuilt from the same data as the Centers page. */
export function CentreLinks({ centres, lang, strings }: Props): JSX.Element {
  return (
    <section class="centre-links" aria-labelledby="centre-links">
      <h2 id="centre-links">{strings.centreLinksHeading}</h2>
      <ul>
        {centres.map((centre) => (
          <li>
            <ExternalLink href={centre.website} strings={strings}>
              {centre.name[lang]}
            </ExternalLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
