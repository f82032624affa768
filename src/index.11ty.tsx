import type { GlobalData } from "../scripts/eleventy/page-data.ts";
import { LANGUAGES } from "../scripts/schemas/common.ts";

export const data = { permalink: "/index.html", eleventyExcludeFromCollections: true };

/** `/`: both editions side by side, each in its own language, so every student finds a way in. */
export function render({ strings, assets }: GlobalData): JSX.Element {
  return (
    <>
      {{ html: "<!doctype html>" }}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{LANGUAGES.map((lang) => strings[lang].siteName).join(" | ")}</title>
          <meta name="description" content={strings.en.siteTagline} />
          <link rel="stylesheet" href={assets.css} />
          {LANGUAGES.map((lang) => (
            <link rel="alternate" hreflang={lang} href={`/${lang}/`} />
          ))}
          <link rel="alternate" hreflang="x-default" href="/" />
        </head>
        <body>
          <main id="main" class="wrap landing">
            {LANGUAGES.map((lang, i) => (
              <section lang={lang} class="landing-edition" aria-labelledby={`landing-${lang}`}>
                {i === 0 ? <h1 id={`landing-${lang}`}>{strings[lang].siteName}</h1> : <h2 id={`landing-${lang}`}>{strings[lang].siteName}</h2>}
                <p>{strings[lang].siteTagline}</p>
                <p>
                  <a class="button" href={`/${lang}/`}>
                    {strings[lang].enterSite}
                  </a>
                </p>
              </section>
            ))}
          </main>
        </body>
      </html>
    </>
  );
}
