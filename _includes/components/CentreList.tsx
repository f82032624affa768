import { internationalPhone } from "../../scripts/eleventy/structured-data.ts";
import type { Lang } from "../../scripts/schemas/common.ts";
import type { Centre } from "../../scripts/schemas/centres.ts";
import type { Strings } from "../../scripts/schemas/strings.ts";
import { ExternalLink } from "./ExternalLink.tsx";
import { Provenance } from "./Provenance.tsx";

interface Props {
  centres: Centre[];
  lang: Lang;
  strings: Strings;
}

/** One entry per Center: contact details only where a source confirms them, always with source and date. */
export function CentreList({ centres, lang, strings }: Props): JSX.Element {
  return (
    <div class="entries">
      {centres.map((centre) => (
        <article class="entry" id={centre.id} aria-labelledby={`${centre.id}-name`}>
          <h2 id={`${centre.id}-name`}>{centre.name[lang]}</h2>
          <p>{centre.summary[lang]}</p>
          {centre.notes.map((note) => (
            <p>{note[lang]}</p>
          ))}
          <dl class="facts">
            <dt>{strings.centreWebsite}</dt>
            <dd>
              <ExternalLink href={centre.website} strings={strings}>
                {centre.website}
              </ExternalLink>
            </dd>
            {centre.links.length ? (
              <>
                <dt>{strings.centreMoreLinks}</dt>
                {centre.links.map((link) => (
                  <dd>
                    <ExternalLink href={link.url} strings={strings}>
                      {link.label[lang]}
                    </ExternalLink>
                  </dd>
                ))}
              </>
            ) : null}
            {centre.address ? (
              <>
                <dt>{strings.centreAddress}</dt>
                <dd>{centre.address[lang]}</dd>
              </>
            ) : null}
            {centre.phone ? (
              <>
                <dt>{strings.centrePhone}</dt>
                <dd>
                  <a href={`tel:${internationalPhone(centre.phone).replaceAll("-", "")}`}>{centre.phone.replaceAll("-", "\u2011")}</a>
                </dd>
              </>
            ) : null}
          </dl>
          <p class="caution">{centre.contactConfidence === "secondary" && (centre.address || centre.phone) ? strings.contactSecondary : strings.contactMissing}</p>
          <Provenance source={centre.source} lastVerified={centre.lastVerified} lang={lang} strings={strings} />
        </article>
      ))}
    </div>
  );
}
