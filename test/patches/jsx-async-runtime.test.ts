import assert from "node:assert/strict";
import { test } from "node:test";
import { jsxToString } from "jsx-async-runtime";
import { jsx } from "jsx-async-runtime/jsx-runtime";

/**
 * The patched runtime renders without awaiting where no component returns a promise; what it writes, and the order
 * in which components run, must stay what the unpatched runtime gives (it awaited every node, one after another).
 */
const render = (element: JSX.Element) => jsxToString.call({}, element);

test("elements, attributes and text render as before, escaped", async () => {
  const html = await render(
    jsx("p", {
      class: "note",
      "data-x": 'a"b',
      hidden: false,
      open: true,
      children: ["1 < 2 & ", jsx("b", { children: "<i>" }), jsx("br", {}), 3],
    }),
  );
  assert.equal(html, '<p class="note" data-x="a&quot;b" open>1 &lt; 2 &amp; <b>&lt;i&gt;</b><br>3</p>');
});

test("sync and async components give the same HTML, and run in document order", async () => {
  const ran: string[] = [];
  const Sync = ({ name }: { name: string }) => {
    ran.push(name);
    return jsx("span", { children: name });
  };
  const Async = async ({ name }: { name: string }) => {
    ran.push(`${name} starts`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    ran.push(`${name} ends`);
    return jsx("em", { children: jsx(Sync, { name: `${name}'s child` }) });
  };
  const tree = jsx("div", {
    children: [jsx(Sync, { name: "a" }), jsx(Async, { name: "b" }), jsx(Sync, { name: "c" }), jsx(Async, { name: "d" })],
  });
  const html = await render(tree);
  assert.equal(html, "<div><span>a</span><em><span>b&#39;s child</span></em><span>c</span><em><span>d&#39;s child</span></em></div>");
  assert.deepEqual(ran, ["a", "b starts", "b ends", "b's child", "c", "d starts", "d ends", "d's child"]);
});

test("a component that throws rejects the render, sync or async", async () => {
  const Broken = () => {
    throw new Error("broken layout");
  };
  const Late = async () => {
    throw new Error("broken later");
  };
  await assert.rejects(render(jsx("div", { children: jsx(Broken, {}) })), /broken layout/);
  await assert.rejects(render(jsx("div", { children: [jsx("p", {}), jsx(Late, {})] })), /broken later/);
});

test("a renderer the caller hands in (this.jsxToString) still renders every child", async () => {
  const seen: unknown[] = [];
  const context = {
    jsxToString(this: unknown, child: unknown): Promise<string> {
      seen.push(child);
      return jsxToString.call({}, child as JSX.Element).then((html) => html.toUpperCase());
    },
  };
  const html = await jsxToString.call(context, jsx("ul", { children: [jsx("li", { children: "one" }), jsx("li", { children: "two" })] }));
  assert.equal(html, "<ul><LI>ONE</LI><LI>TWO</LI></ul>");
  assert.equal(seen.length, 2);
});
