import type { Center } from "#schemas/centers.ts";
import type { Lang } from "#schemas/common.ts";
import type { Strings } from "#schemas/strings.ts";
import { ExternalLink } from "./ExternalLink.tsx";

interface Props {
  centers: Center[];
  lang: Lang;
  strings: Strings;
}

/** The seed's "websites of major Centers" list, rebuilt from the same data as the Centers page. */
export function CenterLinks({ centers, lang, strings }: Props): JSX.Element {
  return (
    <section class="center-links" aria-labelledby="center-links">
      <h2 id="center-links">{strings.centerLinksHeading}</h2>
      <ul>
        {centers.map((center) => (
          <li>
            <ExternalLink href={center.website} strings={strings}>
              {center.name[lang]}
            </ExternalLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
