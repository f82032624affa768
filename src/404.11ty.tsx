import { AllLanguagesPage } from "#components/AllLanguagesPage.tsx";
import { LANGUAGES } from "#schemas/languages.ts";
import type { SiteGlobals } from "#view/page-data.ts";

export const data = { permalink: "/404.html", layout: false };

/** What a static host serves for an unknown address outside /en/ and /ja/: both languages, and ways back. */
export function render({ strings, assets, deployment }: SiteGlobals): JSX.Element {
  return (
    <AllLanguagesPage
      assets={assets}
      deployment={deployment}
      title={LANGUAGES.map((lang) => strings[lang].notFoundTitle).join(" | ")}
      section={(lang, heading) => (
        <>
          {heading(strings[lang].notFoundTitle)}
          <p>{strings[lang].notFoundBody}</p>
          <ul class="footer-links">
            <li>
              <a href={`/${lang}/`}>{strings[lang].home}</a>
            </li>
            <li>
              <a href={`/${lang}/search/`}>{strings[lang].footerSearch}</a>
            </li>
            <li>
              <a href={`/${lang}/a-z/`}>{strings[lang].footerAz}</a>
            </li>
          </ul>
        </>
      )}
    />
  );
}
