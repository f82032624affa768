import type { SiteData } from "#schemas/data-files.ts";
import { type Lang, language } from "#schemas/languages.ts";

interface Props {
  current: Lang;
  /** This page in each language (or that language's home page where it has no translation). */
  translations: ReadonlyArray<{ lang: Lang; url: string | undefined }>;
  strings: SiteData["strings"];
}

/**
 * The other languages of this page, each named in its own language and script. A disclosure, so it works without
 * JavaScript and by keyboard, and takes one button's width in the header however many languages there are.
 */
export function LanguageMenu({ current, translations, strings }: Props): JSX.Element {
  const others = translations.filter((t): t is { lang: Lang; url: string } => t.lang !== current && t.url !== undefined);
  if (others.length === 0) return null;
  return (
    <details class="language-menu">
      <summary>
        <span class="visually-hidden">
          {strings[current].languageMenu}
          {strings[current].labelSeparator}
        </span>
        {language(current).name}
      </summary>
      <ul>
        {others.map((t) => (
          <li>
            <a href={t.url} hreflang={t.lang} lang={t.lang}>
              {language(t.lang).name}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
