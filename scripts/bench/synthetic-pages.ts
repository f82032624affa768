import type { Lang } from "#schemas/languages.ts";

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

/** Words on almost every page of a site like this one: in English, mostly the little words between the others. */
const COMMON: Record<Lang, string[]> = {
  en: "the the the of of to to and and a a in for you your can must is are with before after by student Japan work university support information application period".split(
    " ",
  ),
  ja: "留学生 日本 就職 大学 支援 情報 申請 期間".split(" "),
};
/**
 * Words that belong to a topic: each page takes a dozen, so a topic word is on about one page in ten, as on a
 * real site (a vocabulary where every word is on every page would make every search its worst case).
 */
const TOPICS: Record<Lang, string[]> = {
  en: (
    "visa residence status employer graduation internship campus career seminar company interview contract salary tax insurance pension " +
    "housing scholarship office center advice document passport permission extension deadline language business research engineer " +
    "translator school course credit semester program guidance fair recruitment schedule training mentor region city prefecture ministry " +
    "embassy consulate tuition dormitory rent deposit guarantor bank account card phone health clinic hospital emergency earthquake " +
    "typhoon transport railway commuter pass bicycle library laboratory professor thesis degree diploma certificate transcript " +
    "examination proficiency level grammar vocabulary reading listening writing speaking volunteer festival culture tradition food " +
    "restaurant shopping budget allowance stipend grant loan repayment benefit leave holiday overtime shift manager colleague team " +
    "meeting report presentation email etiquette resume photograph signature seal registration municipal address move notification"
  ).split(" "),
  ja: (
    "在留資格 就職活動 卒業 インターンシップ キャンパス キャリア セミナー 企業 面接 契約 給与 税金 保険 年金 住宅 奨学金 窓口 相談 " +
    "書類 旅券 許可 延長 締切 日本語 研究 技術 通訳 学校 講座 単位 学期 説明会 採用 研修 地域 都市 都道府県 文部科学省 ハローワーク " +
    "大使館 領事館 授業料 寮 家賃 敷金 保証人 銀行 口座 カード 携帯電話 健康 病院 救急 地震 台風 交通 鉄道 定期券 自転車 図書館 " +
    "研究室 教授 論文 学位 卒業証書 証明書 成績 試験 能力 文法 語彙 読解 聴解 作文 会話 ボランティア 祭り 文化 伝統 食事 買い物 " +
    "予算 手当 給付 貸与 返済 休暇 残業 上司 同僚 会議 報告 発表 メール マナー 履歴書 写真 署名 印鑑 登録 市役所 住所 転居 届出"
  ).split(" "),
};
const HEADINGS: Record<Lang, string[]> = {
  en: [
    "Who can apply",
    "What you need",
    "How to apply",
    "Dates and deadlines",
    "Where to get help",
    "After you are accepted",
    "Costs",
    "Common questions",
  ],
  ja: ["対象者", "必要なもの", "申し込み方法", "日程と締切", "相談先", "採用された後", "費用", "よくある質問"],
};

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function sentence(random: () => number, lang: Lang, topic: string[]): string {
  const count = 8 + Math.floor(random() * 10);
  const words = Array.from({ length: count }, () => pick(random, random() < (lang === "en" ? 0.5 : 0.3) ? COMMON[lang] : topic));
  if (lang === "ja") return `${words.join("の")}について確認してください。`;
  const text = words.join(" ");
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: () => number, lang: Lang, topic: string[]): string {
  return Array.from({ length: 2 + Math.floor(random() * 3) }, () => sentence(random, lang, topic)).join(lang === "ja" ? "" : " ");
}

export interface SyntheticPage {
  /** Path under src/<lang>/. */
  file: string;
  text: string;
}

/** Where page `n` sits: every 50th page is a hub under "Students" that the next 49 pages belong to. */
const HUB_EVERY = 50;
export const pageKey = (n: number) => (n % HUB_EVERY === 0 ? `bench-hub-${n / HUB_EVERY}` : `bench-page-${n}`);
const parentKey = (n: number) => (n % HUB_EVERY === 0 ? "students" : pageKey(n - (n % HUB_EVERY)));
export const pageFile = (n: number) =>
  n % HUB_EVERY === 0 ? `bench/${pageKey(n)}/index.md` : `bench/${pageKey(n - (n % HUB_EVERY))}/${n}.md`;

/** The word a reader would search to find page `n` alone (like a course code). */
export const uniqueTerm = (n: number) => `kx${(n * 7919) % 100000}`;

/** Page number `n` of the synthetic site, in one language. */
export function syntheticPage(n: number, lang: Lang, reviewed: string): SyntheticPage {
  const random = seededRandom(n * 2 + (lang === "ja" ? 1 : 0));
  const topic = Array.from({ length: 12 }, () => pick(random, TOPICS[lang]));
  const title =
    lang === "en"
      ? `${n % HUB_EVERY === 0 ? "Topic" : "Guide"} ${n}: ${pick(random, topic)} and ${pick(random, topic)}`
      : `${n % HUB_EVERY === 0 ? "テーマ" : "案内"}${n}：${pick(random, topic)}と${pick(random, topic)}`;
  const sibling = n % HUB_EVERY === HUB_EVERY - 1 || n % HUB_EVERY === 0 ? n : n + 1;
  const sections = HEADINGS[lang]
    .slice(0, 3 + Math.floor(random() * 3))
    .map((heading) =>
      [
        `## ${heading}`,
        paragraph(random, lang, topic),
        Array.from({ length: 3 }, () => `- ${sentence(random, lang, topic)}`).join("\n"),
        paragraph(random, lang, topic),
      ].join("\n\n"),
    );
  const front = [
    "---",
    `title: "${title}"`,
    `description: "${sentence(random, lang, topic).slice(0, 150)}"`,
    `reviewed: ${reviewed}`,
    "section: students",
    `translationKey: ${pageKey(n)}`,
    `parent: ${parentKey(n)}`,
    `order: ${n}`,
    `keywords: [${uniqueTerm(n)}, ${pick(random, topic)}]`,
    ...(lang === "ja" ? [`reading: あんない${n}`] : []),
    `translation: ${lang === "en" ? "original" : "unreviewed"}`,
    "---",
  ].join("\n");
  const body = [
    // Every page of facts cites a source, as real pages must.
    `${paragraph(random, lang, topic)} (${uniqueTerm(n)}) [@sij-faq-active]`,
    `[${lang === "en" ? "Next guide" : "次の案内"}](/${lang}/students/${pageFile(sibling)
      .replace(/(index)?\.md$/, "")
      .replace(/\/$/, "")}/) · [${lang === "en" ? "Official source" : "公式情報"}](https://www.studyinjapan.go.jp/${lang}/)`,
    ...sections,
  ].join("\n\n");
  return { file: `students/${pageFile(n)}`, text: `${front}\n\n${body}\n` };
}
