import assert from "node:assert/strict";
import { test } from "node:test";
import { installCommand, missingNeeds } from "#tooling/system-packages.ts";

test("only what is not present is missing", () => {
  const needs = [
    { what: "a browser", debianPackage: "chromium", present: () => true },
    { what: "a Japanese font", debianPackage: "fonts-noto-cjk", present: () => false },
  ];
  assert.deepEqual(
    missingNeeds(needs).map((need) => need.debianPackage),
    ["fonts-noto-cjk"],
  );
});

test("the one command to run installs every missing package without prompting", () => {
  assert.equal(
    installCommand(["chromium", "fonts-noto-cjk"]),
    "sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium fonts-noto-cjk",
  );
});

test("this machine has what the browser tests need (npm test installed it)", () => {
  assert.deepEqual(
    missingNeeds().map((need) => need.what),
    [],
  );
});
