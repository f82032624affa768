import { type Lang, language } from "#schemas/languages.ts";

/** Japanese written beside the page's own language (an official term, 在留資格): a run of kanji, kana and Japanese punctuation. */
const JAPANESE_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\u30fb\u30fc\uff01-\uff5e]+/gu;
/**
 * In a language written with Chinese characters too (Chinese), only kana is surely Japanese: a bracketed term with
 * kana in it (（外国人雇用サービスセンター）), or a run of kana on its own (ハローワーク).
 */
const KANA_TERM =
  /(?<=[（(])[^（）()]*[\p{Script=Hiragana}\p{Script=Katakana}][^（）()]*(?=[）)])|[\p{Script=Hiragana}\p{Script=Katakana}\u30fb\u30fc]+/gu;

/**
 * Every code point either pattern can match lies in these UTF-16 ranges (CJK radicals to CJK ideographs, the
 * compatibility ideographs, full-width forms and half-width katakana, and any surrogate, for ideographs beyond the
 * BMP). Most text of a page in a language not written in Chinese characters has none, and skips the Unicode
 * property scan (at 4,000 pages, 2 % of the build's main thread).
 */
const MAYBE_JAPANESE = /[\u2e80-\u9fff\uf900-\ufaff\uff01-\uff9f\ud800-\udfff]/;

/**
 * Escaped text of a page in `lang` with its Japanese terms wrapped in `<span lang="ja">`, so screen readers switch
 * voice and the browser picks a Japanese font for them. Japanese pages are returned as they are.
 */
export function markJapaneseTerms(escapedText: string, lang: Lang): string {
  if (lang === "ja" || !MAYBE_JAPANESE.test(escapedText)) return escapedText;
  return escapedText.replace(language(lang).writesHan ? KANA_TERM : JAPANESE_RUN, (run) => `<span lang="ja">${run}</span>`);
}
