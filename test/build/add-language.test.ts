import assert from "node:assert/strict";
import { cp, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { parse } from "node-html-parser";
import { copyProject, runBuild } from "#test/project-copy.ts";

/** Adds `code` to a copy of the project by the README's steps, with English text standing in for the translation. */
async function addLanguage(dir: string, code: string, name: string): Promise<void> {
  // 1. An entry in the list of languages.
  const list = path.join(dir, "scripts/schemas/languages.ts");
  const source = await readFile(list, "utf8");
  const entry = `  { code: "${code}", name: "${name}", dir: "ltr", dateLocale: "${code}", ogLocale: "${code}_001" },\n] as const satisfies`;
  await writeFile(list, source.replace(/\n\] as const satisfies/, `\n${entry}`));
  // 2. An interface strings file.
  await cp(path.join(dir, "_data/strings/en.json"), path.join(dir, `_data/strings/${code}.json`));
  // 3. The pages, at the same paths, marked as translations nobody has checked.
  await cp(path.join(dir, "src/en"), path.join(dir, "src", code), { recursive: true });
  for (const file of await readdir(path.join(dir, "src", code), { recursive: true })) {
    if (!file.endsWith(".md")) continue;
    const page = path.join(dir, "src", code, file);
    const text = await readFile(page, "utf8");
    await writeFile(page, text.replace("translation: original", "translation: unreviewed").replaceAll("/en/", `/${code}/`));
  }
  // 4. Its text in each data file: beside every English text, one in the new language.
  for (const file of (await readdir(path.join(dir, "_data"))).filter((f) => f.endsWith(".json"))) {
    const data = path.join(dir, "_data", file);
    const add = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(add);
      else if (node && typeof node === "object") {
        const record = node as Record<string, unknown>;
        if ("en" in record && "ja" in record) record[code] = record.en;
        else Object.values(record).forEach(add);
      }
    };
    const json = JSON.parse(await readFile(data, "utf8"));
    add(json);
    await writeFile(data, JSON.stringify(json, null, 2));
  }
}

test("adding a language is an entry in the list, a strings file, the pages and the data's text: the site builds with it", {
  timeout: 120_000,
}, async () => {
  const project = await copyProject();
  try {
    await addLanguage(project.dir, "eo", "Esperanto");
    const { code, output } = await runBuild(project.dir);
    assert.equal(code, 0, output);
    const site = path.join(project.dir, "_site");
    const page = parse(await readFile(path.join(site, "eo/students/working/help/index.html"), "utf8"));
    assert.equal(page.querySelector("html")?.getAttribute("lang"), "eo");
    assert.ok(page.querySelector(".translation-note"), "the new pages say they are unchecked translations");
    const english = parse(await readFile(path.join(site, "en/students/working/help/index.html"), "utf8"));
    assert.ok(english.querySelector('link[rel=alternate][hreflang="eo"]'), "the other languages name it as an alternate");
    assert.equal(english.querySelector('.language-menu a[hreflang="eo"]')?.textContent, "Esperanto");
    assert.match(await readFile(path.join(site, "sitemap.xml"), "utf8"), /hreflang="eo" href="[^"]*\/eo\/students\/working\/help\/"/);
    assert.ok(
      JSON.parse(await readFile(path.join(site, "pagefind/eo/pagefind-entry.json"), "utf8")).languages.eo,
      "it has its own search index",
    );
    assert.match(await readFile(path.join(site, "eo/calendar.ics"), "utf8"), /BEGIN:VCALENDAR/);
    const root = parse(await readFile(path.join(site, "index.html"), "utf8"));
    assert.ok(root.querySelector('[lang="eo"] a[href="/eo/"]'), "the root page offers it");
  } finally {
    await project.remove();
  }
});

test("a language with its pages or its text in a data file missing is named by the build", { timeout: 120_000 }, async () => {
  const project = await copyProject();
  try {
    await addLanguage(project.dir, "eo", "Esperanto");
    await project.edit("_data/centers.json", (text) => text.replace(/,\s*"eo": "Osaka Employment Service Center for Foreigners"/, ""));
    const { code, output } = await runBuild(project.dir);
    assert.equal(code, 1, output);
    assert.match(output, /_data\/centers\.json › entries\[1\] "osaka" › name\.eo: is missing: expected a string/);
  } finally {
    await project.remove();
  }
});
