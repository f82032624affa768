import { spawn } from "node:child_process";
import { readdir } from "node:fs/promises";

// Node 20's test runner takes no globs: find test/**/*.test.ts here and hand them over.
// Extra arguments narrow the run: `npm run test:only -- test/browser`.
const filters = process.argv.slice(2);
const files = (await readdir("test", { recursive: true }))
  .map((file) => `test/${file.split("\\").join("/")}`)
  .filter((file) => file.endsWith(".test.ts") && (filters.length === 0 || filters.some((f) => file.startsWith(f))))
  .sort();
if (files.length === 0) {
  console.error(`No test files match ${filters.join(" ") || "test/**/*.test.ts"}`);
  process.exit(1);
}
const child = spawn(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=2", "--test-reporter=spec", ...files], {
  stdio: "inherit",
});
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
