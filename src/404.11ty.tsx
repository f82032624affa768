import { AllLanguagesPage } from "#components/AllLanguagesPage.tsx";
import { DEFAULT_LANGUAGE } from "#schemas/languages.ts";
import type { SiteGlobals } from "#view/page-data.ts";

export const data = { permalink: "/404.html", layout: false };

/** What a static host serves for an unknown address outside the language folders: every language, and ways back. */
export function render({ strings, assets, deployment }: SiteGlobals): JSX.Element {
  return (
    <AllLanguagesPage
      assets={assets}
      deployment={deployment}
      // In the page's own language (the default): every language's title together is too long for a tab or a result.
      title={strings[DEFAULT_LANGUAGE].notFoundTitle}
      description={strings[DEFAULT_LANGUAGE].notFoundBody}
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
