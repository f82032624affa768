import assert from "node:assert/strict";
import { test } from "node:test";
import { markJapaneseTerms } from "#content/japanese-terms.ts";

/** Every code point of the three Japanese scripts, one string each. */
const japaneseCodePoints = () => {
  const script = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
  const found: string[] = [];
  for (let code = 0; code <= 0x10ffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCodePoint(code);
    if (script.test(char)) found.push(char);
  }
  return found;
};

test("every kanji and kana, in or beyond the BMP, is marked in a language not written in Chinese characters", () => {
  const chars = japaneseCodePoints();
  assert.ok(chars.length > 90_000, "the scripts' code points were found");
  const unmarked = chars.filter((char) => markJapaneseTerms(`a ${char} b`, "en") !== `a <span lang="ja">${char}</span> b`);
  assert.deepEqual(unmarked.slice(0, 5), []);
});

test("every kana is marked in Chinese; Chinese characters alone are left as Chinese", () => {
  const kana = japaneseCodePoints().filter((char) => /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(char));
  assert.deepEqual(kana.filter((char) => markJapaneseTerms(char, "zh-hans") !== `<span lang="ja">${char}</span>`).slice(0, 5), []);
  assert.equal(markJapaneseTerms("在留资格", "zh-hans"), "在留资格");
});

test("text with no Japanese comes back as it was, in every script the site is written in", () => {
  for (const [lang, text] of [
    ["en", "Employment Service Center"],
    ["vi", "Trung tâm Dịch vụ Việc làm"],
    ["ne", "रोजगार सेवा केन्द्र"],
    ["ko", "외국인 고용 서비스 센터 ㄱ ㅎ"],
    ["zh-hans", "外国人雇佣服务中心"],
  ] as const) {
    assert.equal(markJapaneseTerms(text, lang), text, lang);
  }
});
