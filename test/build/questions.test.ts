import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { HTMLElement } from "node-html-parser";
import { LANGUAGES } from "#schemas/languages.ts";
import { projectContent } from "#test/content.ts";
import { loadPage, text } from "#test/html.ts";

/**
 * The questions a final-year international student brings, each with the page that answers it, the facts a reader
 * must find there (one pattern per fact, in each language) and the sources those facts must be cited to.
 */
const QUESTIONS = [
  {
    question: "When, where and how do I change from Student to a work status?",
    page: "students/working/change-of-status/",
    facts: {
      en: [
        /apply during 1 December – 31 January/,
        /approved intermediary/,
        /Category 1/,
        /relates to what you studied/,
        /leave out some documents/,
      ],
      ja: [/12月1日～1月31日の間に申請/, /申請を取り次いで/, /カテゴリー1/, /専攻した分野と関係/, /提出書類の一部を省略/],
    },
    sources: ["isa-student-to-work", "isa-change-of-status", "isa-esi-status", "sij-job-ja"],
  },
  {
    question: "When does job hunting start (this year's calendar)?",
    page: "students/working/job-hunting-calendar/",
    facts: {
      en: [/1 March 2026/, /1 June 2026/, /1 October 2026/, /not a law/],
      ja: [/2026年3月1日/, /2026年6月1日/, /2026年10月1日/, /法律ではありません/],
    },
    sources: ["cas-2026-calendar"],
  },
  {
    question: "Can I work part-time or do a paid internship while I study?",
    page: "students/working/part-time-work/",
    facts: {
      en: [/permission before you do any paid work/, /28 hours a week/, /8 hours a day/, /adult entertainment/],
      ja: [/資格外活動許可を受けなければなりません/, /28時間以内/, /1日8時間以内/, /風俗営業/],
    },
    sources: ["isa-shikakugai", "isa-internship"],
  },
  {
    question: "I have no job yet at graduation: can I stay and keep looking?",
    page: "students/working/no-job-yet/",
    facts: {
      en: [/Designated Activities/, /six months/, /extend it once/, /letter of recommendation/, /Japanese-language schools/],
      ja: [/「特定活動」に変更/, /6か月/, /1回だけ延長/, /推薦状が必要/, /日本語教育機関を卒業した後も最長1年間/],
    },
    sources: ["sij-job-ja", "sij-faq-active", "chisou-language-school"],
  },
  {
    question: "My job offer starts later: can I stay until it starts?",
    page: "students/working/job-offer-starts-later/",
    facts: {
      en: [/stay in Japan until the job starts/, /within one year of the job offer/, /1 year and 6 months/],
      ja: [/入社まで日本に滞在できます/, /内定から1年以内/, /卒業から1年6か月以内/],
    },
    sources: ["isa-job-offer-wait"],
  },
  {
    question: "After I start work, what must I report, and within how many days?",
    page: "students/working/after-you-start/",
    facts: { en: [/within 14 days/, /leave your employer/], ja: [/14日以内/, /勤務先を辞めたとき/] },
    sources: ["isa-notification"],
  },
  {
    question: "What other routes are there?",
    page: "students/working/other-routes/",
    facts: {
      en: [/Designated Activities/, /skills test/, /N4 or higher/, /up to six months/],
      ja: [/在留資格「特定活動」で日本に在留/, /技能試験/, /N4以上/, /最長6か月間/],
    },
    sources: ["isa-designated-46", "isa-ssw", "ssw-faq", "sij-faq-active"],
  },
  {
    question: "Where can I get help?",
    page: "students/working/help/",
    facts: {
      en: [/job information, counseling and job placement/, /nearest Hello Work/, /Job Hunting Guide/, /start job hunting early/],
      ja: [/職業相談・職業紹介/, /お近くのハローワーク/, /就活ガイド/, /早めに就職活動を始める/],
    },
    sources: ["jasso-job-hunting-guide", "mhlw-top", "sij-job-ja"],
  },
] as const;

const content = await projectContent();

/** The citation that backs a block: its own, or for a list item, the one in the sentence that introduces the list. */
function citationFor(block: HTMLElement): HTMLElement | null {
  const own = block.querySelector(".citation");
  if (own) return own;
  const list = block.tagName === "LI" ? block.parentNode : null;
  const intro = list?.previousElementSibling;
  return intro?.querySelector(".citation") ?? null;
}

/** Every page one or two clicks from a language's home page, following the links inside its main content. */
async function withinTwoClicks(lang: string): Promise<Set<string>> {
  const home = `/${lang}/`;
  const links = async (url: string) =>
    (await loadPage(url))
      .querySelectorAll("main a[href^='/']")
      .map((a) => a.getAttribute("href")!.split("#")[0]!)
      .filter((href) => href.startsWith(home));
  const first = new Set(await links(home));
  const reached = new Set(first);
  for (const url of first) for (const next of await links(url)) reached.add(next);
  return reached;
}

/** The sources a page cites beside its facts: a translation that dropped a fact's citation would show here. */
const citedSources = (main: HTMLElement) =>
  [...new Set(main.querySelectorAll(".citation a").map((a) => a.getAttribute("href")!.replace(/^#source-/, "")))].sort();

for (const lang of LANGUAGES) {
  describe(`each question a student brings is answered, with its sources beside the facts (${lang})`, async () => {
    const reachable = await withinTwoClicks(lang);
    for (const { question, page, facts, sources } of QUESTIONS) {
      test(question, async () => {
        const url = `/${lang}/${page}`;
        assert.ok(reachable.has(url), `${url} is within two clicks of /${lang}/`);
        const main = (await loadPage(url)).querySelector("main")!;
        const blocks = main.querySelectorAll("p, li, dd");
        // The facts are matched word for word in English and Japanese; in the other languages, by their citations.
        for (const fact of lang in facts ? facts[lang as keyof typeof facts] : []) {
          const block = blocks.find((b) => fact.test(text(b)) && !b.closest(".sources"));
          assert.ok(block, `${url} says ${fact}`);
          const citation = citationFor(block);
          assert.ok(citation, `${url}: "${text(block)}" has its citation beside it`);
          const cited = citation.querySelectorAll("a").map((a) => a.getAttribute("href")!.replace(/^#source-/, ""));
          assert.ok(
            cited.some((id) => (sources as readonly string[]).includes(id)),
            `${url}: ${fact} is cited to ${cited.join(", ")}, expected one of ${sources.join(", ")}`,
          );
        }
        assert.deepEqual(
          citedSources(main),
          citedSources((await loadPage(`/en/${page}`)).querySelector("main")!),
          `${url} cites the same sources as /en/${page}`,
        );
        for (const id of sources) {
          const source = content.sources.entries.find((s) => s.id === id)!;
          const item = main.querySelector(`.sources li#source-${id}`);
          assert.ok(item, `${url} lists ${id} among its sources`);
          assert.ok(item.querySelector(`a[href="${source.url}"]`), `${url} links ${source.url}`);
          assert.ok(item.querySelector(`.source-kind.source-${source.kind}`), `${url} says ${id} is ${source.kind}`);
        }
      });
    }
  });
}

describe("the home page leads to every question", () => {
  for (const lang of LANGUAGES) {
    test(`/${lang}/ links each question's page directly`, async () => {
      const links = (await loadPage(`/${lang}/`)).querySelectorAll("main a").map((a) => a.getAttribute("href"));
      for (const { page } of QUESTIONS) assert.ok(links.includes(`/${lang}/${page}`), `/${lang}/ links /${lang}/${page}`);
    });
  }
});

describe("secondary facts say so beside them", () => {
  test("each Center's address and phone cite a secondary source, marked secondary", async () => {
    for (const lang of LANGUAGES) {
      // The label the reader's language gives a secondary source ("secondary", "公的機関以外の資料").
      const secondary = content.strings[lang].citationSecondary.replace("{publisher}", "").replace(/^[\s,，、・]+|[\s,，、・]+$/g, "");
      const page = await loadPage(`/${lang}/students/working/centers/`);
      for (const center of content.centers.entries) {
        const details = page.querySelectorAll(`article#${center.id} dd`).filter((dd) => dd.querySelector(".citation"));
        assert.equal(details.length, [center.address, center.phone].filter(Boolean).length, `${center.id}: each contact detail is cited`);
        for (const dd of details)
          assert.ok(text(dd.querySelector(".citation")).includes(secondary), `${lang} ${center.id}: "${secondary}"`);
      }
    }
  });
});
