import type { Lang } from "../schemas/common.ts";

/**
 * Made-up pages shaped like the real ones: front matter the schema accepts, an introduction, "##" sections with
 * paragraphs, lists and links, in English and Japanese. Seeded, so every run of the bench builds the same site.
 */

/** A small deterministic generator (mulberry32): the same seed gives the same site on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS: Record<Lang, string[]> = {
  en: "student visa residence status employer graduation internship application university campus career seminar company interview contract salary tax insurance pension housing scholarship office centre advice document passport permission period extension deadline support language business research engineer translator school course credit semester program guidance fair recruitment schedule training mentor region city prefecture ministry".split(" "),
  ja: "留学生 在留資格 就職 卒業 インターンシップ 大学 企業 面接 契約 給与 税金 保険 年金 住宅 奨学金 相談 窓口 書類 旅券 許可 期間 延長 締切 支援 日本語 研究 技術 通訳 学校 講座 単位 学期 説明会 採用 研修 地域 都市 都道府県 文部科学省 ハローワーク".split(" "),
};
const HEADINGS: Record<Lang, string[]> = {
  en: ["Who can apply", "What you need", "How to apply", "Dates and deadlines", "Where to get help", "After you are accepted", "Costs", "Common questions"],
  ja: ["対象者", "必要なもの", "申し込み方法", "日程と締切", "相談先", "採用された後", "費用", "よくある質問"],
};

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function sentence(random: () => number, lang: Lang): string {
  const count = 8 + Math.floor(random() * 10);
  const words = Array.from({ length: count }, () => pick(random, WORDS[lang]));
  if (lang === "ja") return `${words.join("の")}について確認してください。`;
  const text = words.join(" ");
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: () => number, lang: Lang): string {
  return Array.from({ length: 2 + Math.floor(random() * 3) }, () => sentence(random, lang)).join(lang === "ja" ? "" : " ");
}

export interface SyntheticPage {
  /** Path under src/<lang>/. */
  file: string;
  text: string;
}

/** Where page `n` sits: every 50th page is a hub under "Students" that the next 49 pages belong to. */
export const HUB_EVERY = 50;
export const pageKey = (n: number) => (n % HUB_EVERY === 0 ? `bench-hub-${n / HUB_EVERY}` : `bench-page-${n}`);
const parentKey = (n: number) => (n % HUB_EVERY === 0 ? "students" : pageKey(n - (n % HUB_EVERY)));
export const pageFile = (n: number) => (n % HUB_EVERY === 0 ? `bench/${pageKey(n)}/index.md` : `bench/${pageKey(n - (n % HUB_EVERY))}/${n}.md`);

/** The word a reader would search to find page `n` alone (like a course code). */
export const uniqueTerm = (n: number) => `kx${(n * 7919) % 100000}`;

/** Page number `n` of the synthetic site, in one language. */
export function syntheticPage(n: number, lang: Lang, reviewed: string): SyntheticPage {
  const random = seededRandom(n * 2 + (lang === "ja" ? 1 : 0));
  const title = lang === "en" ? `${n % HUB_EVERY === 0 ? "Topic" : "Guide"} ${n}: ${pick(random, WORDS.en)} and ${pick(random, WORDS.en)}` : `${n % HUB_EVERY === 0 ? "テーマ" : "案内"}${n}：${pick(random, WORDS.ja)}と${pick(random, WORDS.ja)}`;
  const sibling = n % HUB_EVERY === HUB_EVERY - 1 || n % HUB_EVERY === 0 ? n : n + 1;
  const sections = HEADINGS[lang].slice(0, 3 + Math.floor(random() * 3)).map((heading) =>
    [
      `## ${heading}`,
      paragraph(random, lang),
      Array.from({ length: 3 }, () => `- ${sentence(random, lang)}`).join("\n"),
      paragraph(random, lang),
    ].join("\n\n"),
  );
  const front = [
    "---",
    `title: "${title}"`,
    `description: "${sentence(random, lang).slice(0, 150)}"`,
    `reviewed: ${reviewed}`,
    "section: students",
    `translationKey: ${pageKey(n)}`,
    `parent: ${parentKey(n)}`,
    `order: ${n}`,
    `keywords: [${uniqueTerm(n)}, ${pick(random, WORDS[lang])}]`,
    "---",
  ].join("\n");
  const body = [
    `${paragraph(random, lang)} (${uniqueTerm(n)})`,
    `[${lang === "en" ? "Next guide" : "次の案内"}](/${lang}/students/${pageFile(sibling).replace(/(index)?\.md$/, "").replace(/\/$/, "")}/) · [${lang === "en" ? "Official source" : "公式情報"}](https://www.studyinjapan.go.jp/${lang}/)`,
    ...sections,
  ].join("\n\n");
  return { file: `students/${pageFile(n)}`, text: `${front}\n\n${body}\n` };
}
