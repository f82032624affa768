/**
 * The languages the site is published in: the one list schemas, layouts, the language menu, hreflang, the sitemap,
 * the feeds, fonts and tests derive from. Adding a language is an entry here, an interface strings file
 * (_data/strings/<code>.json), its pages (src/<code>/) and its text in each data file; the build names what is missing.
 */
export interface LanguageInfo {
  /** BCP 47, in lower case: the folder under src/, the key of its text in data files, `<html lang>` and hreflang. */
  code: string;
  /** Its own name, in its own script, as the language menu shows it. */
  name: string;
  dir: "ltr" | "rtl";
  /** The locale dates and numbers are written in. */
  dateLocale: string;
  /** Open Graph's locale (language_TERRITORY). */
  ogLocale: string;
  /** Titles sort by a `reading` in kana, which its pages must give: kanji order says nothing of sound. */
  sortsByReading?: boolean;
  /** Written with Chinese characters, as Japanese is: a Japanese term in its text cannot be told by its script alone. */
  writesHan?: boolean;
  /** A font package for its script, for screenshots and the browser tests (fontconfig's language code and Debian's package). */
  font?: { fontconfig: string; debianPackage: string };
}

export const LANGUAGE_LIST = [
  { code: "en", name: "English", dir: "ltr", dateLocale: "en-GB", ogLocale: "en_GB" },
  {
    code: "ja",
    name: "日本語",
    dir: "ltr",
    dateLocale: "ja-JP",
    ogLocale: "ja_JP",

    sortsByReading: true,
    writesHan: true,
    font: { fontconfig: "ja", debianPackage: "fonts-noto-cjk" },
  },
  {
    code: "zh-hans",
    name: "简体中文",
    dir: "ltr",
    dateLocale: "zh-Hans-CN",
    ogLocale: "zh_CN",

    writesHan: true,
    font: { fontconfig: "zh-cn", debianPackage: "fonts-noto-cjk" },
  },
  {
    code: "ne",
    name: "नेपाली",
    dir: "ltr",
    dateLocale: "ne-NP",
    ogLocale: "ne_NP",
    font: { fontconfig: "ne", debianPackage: "fonts-noto-core" },
  },
  { code: "vi", name: "Tiếng Việt", dir: "ltr", dateLocale: "vi-VN", ogLocale: "vi_VN" },
  {
    code: "ko",
    name: "한국어",
    dir: "ltr",
    dateLocale: "ko-KR",
    ogLocale: "ko_KR",

    font: { fontconfig: "ko", debianPackage: "fonts-noto-cjk" },
  },
] as const satisfies readonly LanguageInfo[];

export type Lang = (typeof LANGUAGE_LIST)[number]["code"];

export const LANGUAGES: readonly Lang[] = LANGUAGE_LIST.map((language) => language.code);

/** The first language is the default (x-default, the fallback of the offline pages). */
export const DEFAULT_LANGUAGE: Lang = LANGUAGES[0]!;

const byCode = new Map<string, LanguageInfo>(LANGUAGE_LIST.map((language) => [language.code, language]));
export const language = (code: Lang): LanguageInfo => byCode.get(code)!;
