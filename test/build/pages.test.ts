import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, test } from "node:test";
import { LANGUAGES } from "#schemas/languages.ts";
import { projectContent, sourceUrl } from "#test/content.ts";
import { builtPages, loadPage, text } from "#test/html.ts";
import { ROOT } from "#test/site.ts";

const content = await projectContent();
const { centers, scholarships } = content;
const sidebar = JSON.parse(await readFile(path.join(ROOT, "_data/sidebar.json"), "utf8")) as { blocks: Array<{ heading: { en: string } }> };

const CONTENT_PAGES = [
  "",
  "students/",
  "students/working/",
  "students/working/internships/",
  "students/working/centers/",
  "students/working/change-of-status/",
  "students/working/job-hunting-calendar/",
  "students/working/part-time-work/",
  "students/working/no-job-yet/",
  "students/working/job-offer-starts-later/",
  "students/working/after-you-start/",
  "students/working/other-routes/",
  "students/working/help/",
  "students/scholarships/",
  "students/calendar/",
];
const ALL_PAGES = [...CONTENT_PAGES, "search/", "a-z/", "404.html"];

describe("the built site", () => {
  test("has every page in every language, the root page and a 404", async () => {
    const built = new Set(await builtPages());
    for (const lang of LANGUAGES) for (const page of ALL_PAGES) assert.ok(built.has(`/${lang}/${page}`), `missing /${lang}/${page}`);
    assert.ok(built.has("/"), "missing /");
    assert.ok(built.has("/404.html"), "missing /404.html");
  });

  test("the root page and the root 404 lead into every language, each in its own language", async () => {
    for (const url of ["/", "/404.html"]) {
      const root = await loadPage(url);
      for (const lang of LANGUAGES)
        assert.ok(root.querySelector(`section[lang="${lang}"] a[href="/${lang}/"]`), `${url} leads to /${lang}/`);
    }
  });

  test("the internships page has the seed's breadcrumb as accessible navigation", async () => {
    const page = await loadPage("/en/students/working/internships/");
    const nav = page.querySelector('nav[aria-label="Breadcrumb"]');
    assert.ok(nav, "a labelled breadcrumb nav");
    assert.deepEqual(nav.querySelectorAll("li").map(text), [
      "Home",
      "For Foreign Students in Japan",
      "Working after Graduation",
      "Let's Take Part in Internships for Foreign Students!",
    ]);
    assert.equal(nav.querySelector("li:last-child a")?.getAttribute("aria-current"), "page");
  });

  test("the internships page keeps the seed's facts and lists the Centers' websites from data", async () => {
    const page = await loadPage("/en/students/working/internships/");
    const body = text(page.querySelector("main"));
    for (const fact of [/twice a year/i, /spring/i, /summer/i, /could not contact the companies directly/i, /campus/i, /business manners/i])
      assert.match(body, fact);
    const listed = page.querySelectorAll(".center-links a").map((a) => a.getAttribute("href"));
    assert.deepEqual(
      listed,
      centers.entries.map((c) => sourceUrl(content, c.website)),
    );
  });

  test("the Centers page has one entry per Center with its website, source and date, and contact details only from data", async () => {
    for (const lang of LANGUAGES) {
      const page = await loadPage(`/${lang}/students/working/centers/`);
      const entries = page.querySelectorAll("article.entry");
      assert.deepEqual(
        entries.map((e) => e.id),
        centers.entries.map((c) => c.id),
      );
      for (const center of centers.entries) {
        const entry = page.querySelector(`article#${center.id}`)!;
        const hrefs = entry.querySelectorAll("a").map((a) => a.getAttribute("href"));
        assert.ok(hrefs.includes(sourceUrl(content, center.website)), `${center.id} links its website`);
        for (const id of center.contactSources ?? []) {
          assert.ok(entry.querySelector(`dd .citation a[href="#source-${id}"]`), `${center.id} cites ${id} beside its contact details`);
          assert.ok(
            page.querySelector(`.sources li#source-${id} a[href="${sourceUrl(content, id)}"]`),
            `the page lists ${id} among its sources`,
          );
        }
        assert.ok(entry.querySelector("time[datetime]"), `${center.id} shows when it was verified`);
        if (center.address) assert.match(text(entry), new RegExp(center.address[lang].replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
        const tel = entry.querySelector('a[href^="tel:"]');
        assert.equal(Boolean(tel), Boolean(center.phone), `${center.id}: a phone link only where the data has one`);
      }
    }
    const nagoya = (await loadPage("/en/students/working/centers/")).querySelector("article#nagoya")!;
    assert.match(text(nagoya), /check the Center's website/);
  });

  test("the scholarships page renders each scholarship from data and answers the seed's questions", async () => {
    for (const lang of LANGUAGES)
      assert.deepEqual(
        (await loadPage(`/${lang}/students/scholarships/`)).querySelectorAll("article.entry").map((e) => e.id),
        scholarships.entries.map((s) => s.id),
        lang,
      );
    const page = await loadPage("/en/students/scholarships/");
    for (const item of scholarships.entries)
      assert.ok(page.querySelector(`article#${item.id} a[href="${sourceUrl(content, item.source)}"]`), `${item.id} links its page`);
    for (const id of ["other-scholarships", "procedures", "how-to-begin"])
      assert.ok(page.querySelector(`main h2#${id}, main h3#${id}`), `heading #${id}`);
    const html = page.querySelector("main")!.innerHTML;
    assert.ok(
      html.indexOf('id="mext"') < html.indexOf('id="other-scholarships"'),
      "the scholarships come before the questions about other ones",
    );
  });

  test("the change-of-status window is the Agency's (1 December to the end of January), cited to the Agency, in both languages", async () => {
    for (const [lang, window] of [
      ["en", /apply during 1 December – 31 January/],
      ["ja", /12月1日～1月31日の間に申請/],
    ] as const) {
      const main = (await loadPage(`/${lang}/students/working/change-of-status/`)).querySelector("main")!;
      const paragraph = main.querySelectorAll("p").find((p) => window.test(text(p)));
      assert.ok(paragraph, `/${lang}/ gives the window`);
      assert.ok(paragraph.querySelector('.citation a[href="#source-isa-student-to-work"]'), `/${lang}/ cites the Agency beside the window`);
      assert.ok(main.querySelector('.sources a[href="https://www.moj.go.jp/isa/10_00240.html"]'), `/${lang}/ lists the Agency's notice`);
    }
    for (const lang of ["en", "ja"]) {
      for (const url of CONTENT_PAGES)
        assert.doesNotMatch(text((await loadPage(`/${lang}/${url}`)).querySelector("main")), /around February|2月ごろ/, `/${lang}/${url}`);
    }
  });

  test("every content page has the sidebar from data, kept out of the search index", async () => {
    for (const lang of LANGUAGES) {
      for (const url of CONTENT_PAGES) {
        const page = await loadPage(`/${lang}/${url}`);
        const aside = page.querySelector("aside.sidebar");
        assert.ok(aside, `/${lang}/${url} has the sidebar`);
        assert.equal(aside.getAttribute("data-pagefind-ignore"), "all");
        assert.equal(aside.querySelectorAll("section").length, sidebar.blocks.length);
      }
    }
    const aside = (await loadPage("/en/students/working/internships/")).querySelector("aside.sidebar")!;
    assert.deepEqual(
      aside.querySelectorAll("h2").map(text),
      sidebar.blocks.map((b) => b.heading.en),
    );
    assert.ok(
      aside.querySelector('a[href="/en/students/scholarships/#other-scholarships"]'),
      "the sidebar's question links lead to the answers",
    );
  });

  test("every page with the site's header draws its first frame only once the header is whole", async () => {
    for (const url of await builtPages()) {
      const page = await loadPage(url);
      const header = page.querySelector("header.site-header");
      if (!header) continue;
      const expect = page.querySelector('head link[rel="expect"][blocking="render"]');
      assert.ok(expect, `${url} holds its first frame for an element`);
      const target = page.getElementById(expect.getAttribute("href")!.replace(/^#/, ""));
      assert.ok(target, `${url}: the element it waits for is on the page`);
      const order = page.querySelectorAll("*");
      assert.ok(order.indexOf(target) > order.indexOf(header) && !target.closest("header"), `${url}: it comes after the header`);
    }
  });

  test("every content page shows when it was last reviewed, in the reader's language and Japan time", async () => {
    const en = await loadPage("/en/students/working/");
    assert.match(text(en.querySelector(".date-line")), /^Last reviewed: \d{1,2} [A-Z][a-z]+ \d{4}$/);
    const ja = await loadPage("/ja/students/working/");
    assert.match(text(ja.querySelector(".date-line")), /^最終確認日：\d{4}年\d{1,2}月\d{1,2}日$/);
  });

  test("section pages list what is inside", async () => {
    const working = await loadPage("/en/students/working/");
    const inside = working.querySelectorAll(".page-list a").map((a) => a.getAttribute("href"));
    assert.ok(inside.includes("/en/students/working/internships/") && inside.includes("/en/students/working/centers/"), inside.join(" "));
    const students = await loadPage("/en/students/");
    assert.ok(students.querySelector('.page-list a[href="/en/students/scholarships/"]'));
  });

  test("the search page works without JavaScript: a GET form and the full A–Z list, in every language", async () => {
    for (const lang of LANGUAGES) {
      const page = await loadPage(`/${lang}/search/`);
      const form = page.querySelector("main form[role=search]");
      assert.equal(form?.getAttribute("method"), "get");
      assert.equal(form?.querySelector("input[name=q]") !== null, true);
      const az = page.querySelectorAll("#a-z ~ ul a, section[aria-labelledby=a-z] a").map((a) => a.getAttribute("href"));
      for (const url of CONTENT_PAGES) assert.ok(az.includes(`/${lang}/${url}`), `A–Z lists /${lang}/${url}`);
      assert.equal(page.querySelectorAll("script[src]").length, 2, "two scripts: offline reading and the search enhancement");
    }
  });

  test("content pages are marked for the index with their filters; utility pages are not", async () => {
    const main = (await loadPage("/en/students/working/centers/")).querySelector("main")!;
    assert.ok(main.hasAttribute("data-pagefind-body"));
    // One facet per filter: the type on the content, the section on the title.
    assert.equal(main.getAttribute("data-pagefind-filter"), "type:page");
    assert.equal(main.querySelector("h1")?.getAttribute("data-pagefind-filter"), "section:working");
    for (const url of ["/en/search/", "/en/a-z/", "/en/404.html"])
      assert.equal((await loadPage(url)).querySelector("[data-pagefind-body]"), null, url);
  });

  test("the search index covers every content page and every data record, in one bundle per language", async () => {
    const records = centers.entries.length + scholarships.entries.length + content.events.entries.length;
    for (const lang of LANGUAGES) {
      const entry = JSON.parse(await readFile(path.join(ROOT, `_site/pagefind/${lang}/pagefind-entry.json`), "utf8")) as {
        languages: Record<string, { page_count: number }>;
      };
      assert.deepEqual(Object.keys(entry.languages), [lang], `the ${lang} bundle holds the ${lang} index alone`);
      assert.equal(entry.languages[lang]?.page_count, CONTENT_PAGES.length + records, lang);
    }
  });
});
