import { BilingualPage } from "../_includes/components/BilingualPage.tsx";
import type { GlobalData } from "../scripts/eleventy/page-data.ts";
import { LANGUAGES } from "../scripts/schemas/common.ts";

export const data = { permalink: "/index.html", eleventyExcludeFromCollections: true };

/** `/`: both editions side by side, each in its own language, so every student finds a way in. */
export function render({ strings, assets, deployment }: GlobalData): JSX.Element {
  return (
    <BilingualPage
      strings={strings}
      assets={assets}
      deployment={deployment}
      url="/"
      title={LANGUAGES.map((lang) => strings[lang].siteName).join(" | ")}
      description={strings.en.siteTagline}
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
