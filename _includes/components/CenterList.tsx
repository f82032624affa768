import { citationHtml, expandDates, sourceById } from "#view/citations.ts";
import { entryHeadingId } from "#view/layout-ids.ts";
import { localText } from "#view/local-text.ts";
import type { PageView } from "#view/page-data.ts";
import { displayPhone, telHref } from "#view/phone.ts";
import { DateLine } from "./DateLine.tsx";
import { ExternalLink } from "./ExternalLink.tsx";

/**
 * One entry per Center: its website, then contact details only where a source gives them, each with its citation,
 * and once per entry the reminder that such details change.
 */
export function CenterList({ view }: { view: PageView }): JSX.Element {
  const { lang } = view.page;
  const strings = view.strings[lang];
  const cite = (ids: readonly string[]) => ({ html: ` ${citationHtml(ids, lang, view)}` });
  return (
    <div class="entries">
      {view.centers.entries.map((center) => {
        const website = sourceById(view, center.website);
        return (
          <article class="entry" id={center.id} aria-labelledby={entryHeadingId(center.id)}>
            <h2 id={entryHeadingId(center.id)}>{localText(center.name[lang], lang)}</h2>
            {center.notes.map((note) => (
              <p>
                {localText(expandDates(note.text[lang], lang, view, strings), lang)}
                {cite([note.source])}
              </p>
            ))}
            <dl class="facts">
              <dt data-pagefind-ignore>{strings.centerWebsite}</dt>
              {/* An address is not reading text: searching for "go" or "jp" should not find every Center. */}
              <dd data-pagefind-ignore>
                <ExternalLink href={website.url} strings={strings}>
                  {website.url}
                </ExternalLink>
              </dd>
              {center.links.length ? (
                <>
                  <dt data-pagefind-ignore>{strings.centerMoreLinks}</dt>
                  {center.links.map((link) => (
                    <dd>
                      <ExternalLink href={link.url} strings={strings}>
                        {localText(link.label[lang], lang)}
                      </ExternalLink>
                    </dd>
                  ))}
                </>
              ) : null}
              {center.address ? (
                <>
                  <dt data-pagefind-ignore>{strings.centerAddress}</dt>
                  <dd>
                    {localText(center.address[lang], lang)}
                    {cite(center.contactSources ?? [])}
                  </dd>
                </>
              ) : null}
              {center.phone ? (
                <>
                  <dt data-pagefind-ignore>{strings.centerPhone}</dt>
                  <dd>
                    <a href={telHref(center.phone)}>{displayPhone(center.phone)}</a>
                    {cite(center.contactSources ?? [])}
                  </dd>
                </>
              ) : null}
            </dl>
            <p class="caution">{strings.centerCheckBeforeVisit}</p>
            <DateLine label={strings.lastVerified} separator={strings.labelSeparator} date={center.lastVerified} lang={lang} />
          </article>
        );
      })}
    </div>
  );
}
