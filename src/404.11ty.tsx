import { BilingualPage } from "../_includes/components/BilingualPage.tsx";
import type { GlobalData } from "../scripts/eleventy/page-data.ts";
import { LANGUAGES } from "../scripts/schemas/common.ts";

export const data = { permalink: "/404.html", eleventyExcludeFromCollections: true };

/** What a static host serves for an unknown address outside /en/ and /ja/: both languages, and ways back. */
export function render({ strings, assets, deployment }: GlobalData): JSX.Element {
  return (
    <BilingualPage
      strings={strings}
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
