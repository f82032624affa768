import type { GlobalData } from "../scripts/eleventy/page-data.ts";
import { LANGUAGES } from "../scripts/schemas/common.ts";

export const data = { permalink: "/404.html", eleventyExcludeFromCollections: true };

/** What a static host serves for an unknown address outside /en/ and /ja/: both languages, and ways back. */
export function render({ strings, assets }: GlobalData): JSX.Element {
  return (
    <>
      {{ html: "<!doctype html>" }}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{LANGUAGES.map((lang) => strings[lang].notFoundTitle).join(" | ")}</title>
          <link rel="stylesheet" href={assets.css} />
        </head>
        <body>
          <main id="main" class="wrap landing">
            {LANGUAGES.map((lang, i) => (
              <section lang={lang} class="landing-edition" aria-labelledby={`not-found-${lang}`}>
                {i === 0 ? <h1 id={`not-found-${lang}`}>{strings[lang].notFoundTitle}</h1> : <h2 id={`not-found-${lang}`}>{strings[lang].notFoundTitle}</h2>}
                <p>{strings[lang].notFoundBody}</p>
                <p>
                  <a href={`/${lang}/`}>{strings[lang].home}</a> · <a href={`/${lang}/search/`}>{strings[lang].footerSearch}</a> ·{" "}
                  <a href={`/${lang}/a-z/`}>{strings[lang].footerAz}</a>
                </p>
              </section>
            ))}
          </main>
        </body>
      </html>
    </>
  );
}
