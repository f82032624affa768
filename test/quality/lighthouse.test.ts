import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import CrawlableAnchors from "lighthouse/core/audits/seo/crawlable-anchors.js";
import LinkText from "lighthouse/core/audits/seo/link-text.js";
import type { HTMLElement } from "node-html-parser";
import { builtPages, eachPathOnce, loadPage } from "#test/html.ts";
import { AUDITS_AT_ONCE, FROM_BUILT_HTML, GATED_CATEGORIES, type PageAudit, startLighthouse } from "#test/lighthouse.ts";
import { ROOT, requireBuiltSite } from "#test/site.ts";
import { serveSite } from "#test/static-server.ts";

const pages = await builtPages();
const HTML_AUDITS = [LinkText, CrawlableAnchors];
/**
 * A Lighthouse run takes seconds of a busy CPU (one of them benchmarking it), so `npm test` audits each page once,
 * in one of its languages, the languages taken in turn; `npm run lighthouse` audits every page in every language.
 * What Lighthouse reads from a page's own words (its links) is checked on every page below, from the built HTML.
 */
const ALL = process.env.LIGHTHOUSE_PAGES === "all";
const gatedPages = ALL ? pages : eachPathOnce(pages);
/**
 * Performance is simulated from one load: a figure to print, never to gate on, and one that means nothing on a
 * machine busy with the other tests. `npm run lighthouse` measures it on every page.
 */
const performancePages = ALL ? pages : undefined;
const REPORT = path.join(ROOT, "test-results", "lighthouse", "report.md");

let server: Awaited<ReturnType<typeof serveSite>>;
let lighthouse: Awaited<ReturnType<typeof startLighthouse>>;
const gated = new Map<string, PageAudit>();
const measured = new Map<string, PageAudit>();

before(async () => {
  server = await serveSite(requireBuiltSite());
  lighthouse = await startLighthouse();
});
after(async () => {
  await lighthouse?.close();
  await server?.close();
  await writeReport();
});

const audit = (url: string, categories: readonly string[]) => lighthouse.audit(new URL(url.slice(1), server.url).href, categories);

describe("Lighthouse (mobile): accessibility, best practices and SEO score 100 on each page", { concurrency: AUDITS_AT_ONCE }, () => {
  for (const url of gatedPages) {
    test(url, async () => {
      const result = await audit(url, GATED_CATEGORIES);
      gated.set(url, result);
      // A not-found or offline page asks search engines not to index it, on purpose: that audit alone may fail there.
      const noindex = /noindex/.test((await loadPage(url)).querySelector('meta[name="robots"]')?.getAttribute("content") ?? "");
      const failing = result.failing.filter((f) => !(noindex && f.audit === "is-crawlable"));
      assert.deepEqual(
        failing.map((f) => `${f.category} › ${f.audit}: ${f.title} ${f.items.join(" | ")}`),
        [],
      );
    });
  }
});

if (performancePages)
  describe("Lighthouse (mobile) performance: measured and printed, never asserted", { concurrency: AUDITS_AT_ONCE }, () => {
    for (const url of performancePages) {
      test(url, async (t) => {
        const result = await audit(url, ["performance"]);
        measured.set(url, result);
        const m = result.metrics!;
        t.diagnostic(
          `performance ${Math.round((result.scores.performance ?? 0) * 100)}: FCP ${(m.fcp / 1000).toFixed(2)} s, LCP ${(m.lcp / 1000).toFixed(2)} s, TBT ${Math.round(m.tbt)} ms, CLS ${m.cls.toFixed(3)}, Speed Index ${(m.speedIndex / 1000).toFixed(2)} s (CPU benchmark ${Math.round(m.benchmarkIndex)})`,
        );
      });
    }
  });

describe("Lighthouse's link audits pass on every page in every language, on its links as built", () => {
  test("they are the audits the browser runs leave out", () => {
    assert.deepEqual(
      HTML_AUDITS.map((audit) => audit.meta.id),
      FROM_BUILT_HTML,
    );
  });
  for (const url of pages) {
    test(url, async () => {
      const artifacts = await anchorArtifacts(url);
      const failing = HTML_AUDITS.flatMap((audit) => {
        const product = audit.audit(artifacts as never);
        const items = (product.details as { items?: Array<{ text?: string; href?: string; node?: { snippet?: string } }> }).items ?? [];
        return product.score === 1
          ? []
          : [`${audit.meta.id}: ${items.map((i) => i.node?.snippet ?? `"${i.text}" (${i.href})`).join(" | ")}`];
      });
      assert.deepEqual(failing, []);
    });
  }
});

/** The artifacts Lighthouse's link audits read, taken from the built page instead of a browser. */
async function anchorArtifacts(url: string) {
  const page = await loadPage(url);
  const address = new URL(url.slice(1), "http://localhost/").href;
  const AnchorElements = page.querySelectorAll("a").map((a) => {
    const rawHref = a.getAttribute("href") ?? "";
    let lang: string | undefined;
    for (let node: HTMLElement | null = a; node && !lang; node = node.parentNode) lang = node.getAttribute("lang");
    return {
      rawHref,
      href: rawHref ? new URL(rawHref, address).href : "",
      text: a.textContent,
      textLang: lang,
      rel: a.getAttribute("rel") ?? "",
      name: a.getAttribute("name") ?? "",
      role: a.getAttribute("role") ?? "",
      id: a.id,
      target: a.getAttribute("target") ?? "",
      onclick: a.getAttribute("onclick") ?? "",
      attributeNames: Object.keys(a.attributes),
      node: { snippet: a.outerHTML.slice(0, 160) },
    };
  });
  return { URL: { requestedUrl: address, mainDocumentUrl: address, finalDisplayedUrl: address }, AnchorElements };
}

async function writeReport(): Promise<void> {
  const score = (value: number | null | undefined) => (value === null || value === undefined ? "–" : String(Math.round(value * 100)));
  const lines = [
    "# Lighthouse (mobile)",
    "",
    `Lighthouse's default mobile settings (simulated throttling), against Debian's Chromium, over the site served as the host serves it (with \`_headers\`, without compression). Performance is printed, never asserted: a CPU benchmark under about 1000 means the machine was too busy for the figures to mean a phone.`,
    "",
    "| page | accessibility | best practices | SEO | failing |",
    "| --- | --: | --: | --: | --- |",
    ...[...gated].map(
      ([url, a]) =>
        `| \`${url}\` | ${score(a.scores.accessibility)} | ${score(a.scores["best-practices"])} | ${score(a.scores.seo)} | ${a.failing.map((f) => f.audit).join(", ")} |`,
    ),
    "",
    "| page | performance | FCP | LCP | TBT | CLS | Speed Index | CPU benchmark |",
    "| --- | --: | --: | --: | --: | --: | --: | --: |",
    ...[...measured].map(([url, a]) => {
      const m = a.metrics!;
      return `| \`${url}\` | ${score(a.scores.performance)} | ${(m.fcp / 1000).toFixed(2)} s | ${(m.lcp / 1000).toFixed(2)} s | ${Math.round(m.tbt)} ms | ${m.cls.toFixed(3)} | ${(m.speedIndex / 1000).toFixed(2)} s | ${Math.round(m.benchmarkIndex)} |`;
    }),
    "",
  ];
  await mkdir(path.dirname(REPORT), { recursive: true });
  await writeFile(REPORT, lines.join("\n"));
}
