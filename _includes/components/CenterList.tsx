import type { Center } from "#schemas/centers.ts";
import type { Lang } from "#schemas/common.ts";
import type { Strings } from "#schemas/strings.ts";
import { displayPhone, telHref } from "#view/phone.ts";
import { ExternalLink } from "./ExternalLink.tsx";
import { Provenance } from "./Provenance.tsx";

interface Props {
  centers: Center[];
  lang: Lang;
  strings: Strings;
}

/** One entry per Center: contact details only where a source confirms them, always with source and date. */
export function CenterList({ centers, lang, strings }: Props): JSX.Element {
  return (
    <div class="entries">
      {centers.map((center) => (
        <article class="entry" id={center.id} aria-labelledby={`${center.id}-name`}>
          <h2 id={`${center.id}-name`}>{center.name[lang]}</h2>
          <p>{center.summary[lang]}</p>
          {center.notes.map((note) => (
            <p>{note[lang]}</p>
          ))}
          <dl class="facts">
            <dt>{strings.centerWebsite}</dt>
            <dd>
              <ExternalLink href={center.website} strings={strings}>
                {center.website}
              </ExternalLink>
            </dd>
            {center.links.length ? (
              <>
                <dt>{strings.centerMoreLinks}</dt>
                {center.links.map((link) => (
                  <dd>
                    <ExternalLink href={link.url} strings={strings}>
                      {link.label[lang]}
                    </ExternalLink>
                  </dd>
                ))}
              </>
            ) : null}
            {center.address ? (
              <>
                <dt>{strings.centerAddress}</dt>
                <dd>{center.address[lang]}</dd>
              </>
            ) : null}
            {center.phone ? (
              <>
                <dt>{strings.centerPhone}</dt>
                <dd>
                  <a href={telHref(center.phone)}>{displayPhone(center.phone)}</a>
                </dd>
              </>
            ) : null}
          </dl>
          <p class="caution">
            {center.contactConfidence === "secondary" && (center.address || center.phone)
              ? strings.contactSecondary
              : strings.contactMissing}
          </p>
          <Provenance source={center.source} lastVerified={center.lastVerified} lang={lang} strings={strings} />
        </article>
      ))}
    </div>
  );
}
