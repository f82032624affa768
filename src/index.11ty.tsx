import { AllLanguagesPage } from "#components/AllLanguagesPage.tsx";
import { DEFAULT_LANGUAGE } from "#schemas/languages.ts";
import type { SiteGlobals } from "#view/page-data.ts";

export const data = { permalink: "/index.html", layout: false };

/** `/`: every language's way in side by side, each in its own language, so every student finds one. */
export function render({ strings, assets, deployment }: SiteGlobals): JSX.Element {
  return (
    <AllLanguagesPage
      assets={assets}
      deployment={deployment}
      url="/"
      // In the page's own language (the default): every language's name together is too long for a tab or a result.
      title={strings[DEFAULT_LANGUAGE].siteName}
      description={strings[DEFAULT_LANGUAGE].siteTagline}
      alternates
      section={(lang, heading) => (
        <>
          {heading(strings[lang].siteName)}
          <p>{strings[lang].siteTagline}</p>
          <p>
            <a class="button" href={`/${lang}/`}>
              {strings[lang].enterSite}
            </a>
          </p>
        </>
      )}
    />
  );
}
