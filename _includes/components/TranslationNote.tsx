import { type Lang, language } from "#schemas/languages.ts";
import type { PageView } from "#view/page-data.ts";

/** The references a reader of an unchecked translation can turn to: the English and Japanese pages. */
const REFERENCE_LANGUAGES: readonly Lang[] = ["en", "ja"];

/**
 * At the top of a translation no fluent reader has checked yet: says so in the page's own language, and links the
 * same page in English and Japanese, each named in its own language.
 */
export function TranslationNote({ view }: { view: PageView }): JSX.Element {
  const { page } = view;
  if (page.translation !== "unreviewed") return null;
  const references = REFERENCE_LANGUAGES.filter((lang) => lang !== page.lang).flatMap((lang) => {
    const target = view.pages.find(lang, page.translationKey);
    return target ? [{ lang, url: target.url }] : [];
  });
  return (
    <p class="translation-note" data-pagefind-ignore>
      {view.strings[page.lang].translationUnreviewed}{" "}
      {references.map((reference, i) => (
        <>
          {i ? " · " : ""}
          <a href={reference.url} lang={reference.lang} hreflang={reference.lang}>
            {language(reference.lang).name}
          </a>
        </>
      ))}
    </p>
  );
}
