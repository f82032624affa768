import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { ContentError } from "#content/problems.ts";
import { CheckedContent } from "#eleventy/checked-content.ts";
import { copyProject } from "#test/project-copy.ts";

const FILE = "src/en/students/index.md";

test("under npm start, a page the watcher reports changed is read and checked again, whichever way its path is written", async () => {
  const project = await copyProject();
  try {
    const content = new CheckedContent(project.dir);
    const first = await content.check({ incremental: true });
    assert.notEqual(first.pages.find((page) => page.file === FILE)?.title, "Edited Students Page");

    assert.doesNotMatch(content.markdownOf(FILE), /Edited paragraph/);
    await project.edit(FILE, (text) => `${text.replace(/^title: .*$/m, "title: Edited Students Page")}\nEdited paragraph.\n`);
    content.changed([`./${FILE}`]);
    const second = await content.check({ incremental: true });
    assert.equal(second.pages.find((page) => page.file === FILE)?.title, "Edited Students Page");
    assert.equal(content.pageOf(FILE).title, "Edited Students Page", "Eleventy's data for the page is the new check's");
    assert.match(content.markdownOf(FILE), /Edited paragraph\.\n$/, "Eleventy renders the Markdown the new check read");
    assert.doesNotMatch(content.markdownOf(FILE), /^---|translationKey:/m, "without its front matter");
    assert.equal(second.pages.length, first.pages.length, "the other pages come from the last check");

    await project.edit(FILE, (text) => text.replace(/^title: .*$/m, "title:"));
    content.changed([path.join(project.dir, FILE)]);
    await assert.rejects(content.check({ incremental: true }), (error: unknown) => {
      assert.ok(error instanceof ContentError);
      assert.ok(
        error.problems.some((problem) => problem.file === FILE && problem.field === "title"),
        error.message,
      );
      return true;
    });
    assert.equal(content.current.pages.find((page) => page.file === FILE)?.title, "Edited Students Page", "the last good content stays");
    assert.match(content.markdownOf(FILE), /Edited paragraph/, "and so does its Markdown");
  } finally {
    await project.remove();
  }
});

test("Eleventy is never handed a page the checks did not read: asking for one names its file", async () => {
  const project = await copyProject();
  try {
    const content = new CheckedContent(project.dir);
    await content.check({ incremental: false });
    assert.throws(() => content.markdownOf("src/en/not-checked.md"), /src\/en\/not-checked\.md was not among the checked pages/);
    assert.throws(() => content.pageOf("src/en/not-checked.md"), /src\/en\/not-checked\.md was not among the checked pages/);
  } finally {
    await project.remove();
  }
});
