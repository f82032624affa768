import assert from "node:assert/strict";
import { test } from "node:test";
import { createMarkdown } from "#eleventy/markdown.ts";

const md = createMarkdown();
const env = { page: { inputPath: "./src/ja/students/index.md" }, strings: { ja: { externalLink: "（外部サイト）" } } };

test("raw HTML in Markdown arrives as text, never as markup", () => {
  const html = md.render('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">');
  assert.doesNotMatch(html, /<script|<img/);
  assert.match(html, /&lt;script&gt;/);
});

test("javascript: links are not rendered as links", () => {
  assert.doesNotMatch(md.render("[click](javascript:alert(1))"), /href="javascript:/);
});

test("external links open safely and say they leave the site, in the page's language", () => {
  const html = md.render("[JASSO](https://www.jasso.go.jp/)", env);
  assert.match(
    html,
    /<a href="https:\/\/www\.jasso\.go\.jp\/" rel="noopener noreferrer" class="external">JASSO<span class="visually-hidden" data-pagefind-ignore> （外部サイト）<\/span><\/a>/,
  );
});

test("internal links are left alone", () => {
  assert.equal(md.render("[Centers](/en/students/working/centers/)").trim(), '<p><a href="/en/students/working/centers/">Centers</a></p>');
});

test("Japanese headings get unique, non-empty ids", () => {
  const html = md.render("## 在留資格\n\n## 在留資格\n\n## ？", env);
  assert.match(html, /<h2 id="在留資格">/);
  assert.match(html, /<h2 id="在留資格-1">/);
  assert.match(html, /<h2 id="section">/);
});

test("a heading can name its own id; no other attribute is accepted", () => {
  assert.match(md.render("## Other scholarships {#other-scholarships}"), /<h2 id="other-scholarships">Other scholarships<\/h2>/);
  // Anything else in braces is the reader's text: kept, as text, never an attribute.
  assert.equal(md.render("## Hi {onclick=alert(1)}", env).trim(), '<h2 id="hi-onclickalert1">Hi {onclick=alert(1)}</h2>');
  assert.equal(md.render("It costs 1,000 yen {approx}", env).trim(), "<p>It costs 1,000 yen {approx}</p>");
});

test("Japanese beside another language is marked as Japanese; in Chinese, only what is surely Japanese (kana)", () => {
  const render = (lang: string, source: string) =>
    md.render(source, { ...env, page: { inputPath: `./src/${lang}/students/index.md` } }).trim();
  assert.equal(render("en", "Designated Activities (特定活動)"), '<p>Designated Activities (<span lang="ja">特定活動</span>)</p>');
  assert.equal(
    render("zh-hans", "外国人雇佣服务中心（外国人雇用サービスセンター）和在留资格（在留資格）"),
    '<p>外国人雇佣服务中心（<span lang="ja">外国人雇用サービスセンター</span>）和在留资格（在留資格）</p>',
  );
});
