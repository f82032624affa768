import { sourceById } from "#view/citations.ts";
import { LAYOUT_IDS } from "#view/layout-ids.ts";
import { localText } from "#view/local-text.ts";
import type { PageView } from "#view/page-data.ts";
import { ExternalLink } from "./ExternalLink.tsx";

/** The seed's "websites of major Centers" list, rebuilt from the same data as the Centers page. */
export function CenterLinks({ view }: { view: PageView }): JSX.Element {
  const { lang } = view.page;
  const strings = view.strings[lang];
  return (
    <section class="center-links" aria-labelledby={LAYOUT_IDS.centerLinks}>
      <h2 id={LAYOUT_IDS.centerLinks}>{strings.centerLinksHeading}</h2>
      <ul>
        {view.centers.entries.map((center) => (
          <li>
            <ExternalLink href={sourceById(view, center.website).url} strings={strings}>
              {localText(center.name[lang], lang)}
            </ExternalLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
