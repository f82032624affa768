import assert from "node:assert/strict";
import { test } from "node:test";
import { measure } from "#bench/measure.ts";

test("times a command from start to exit and catches its peak memory (Linux: read from /proc)", async () => {
  // Holds 300 MB for half a second, then exits 0.
  const script = "const b = Buffer.alloc(300 * 1024 * 1024, 1); setTimeout(() => console.log(b.length), 500)";
  const result = await measure(process.execPath, ["-e", script], { cwd: process.cwd() });
  assert.equal(result.code, 0);
  assert.match(result.output, /314572800/);
  // The upper bound only catches a timer that never stopped: on a machine busy with the browser tests, filling
  // 300 MB once took 12.5 s.
  assert.ok(result.seconds >= 0.5 && result.seconds < 60, `took ${result.seconds} s`);
  assert.ok(result.peakBytes! > 300 * 1024 * 1024, `peak ${result.peakBytes} bytes`);
  assert.ok(result.peakByProgram!.node! >= result.peakBytes! * 0.9);
});

test("reports a failing command's exit code and output", async () => {
  const result = await measure(process.execPath, ["-e", "console.error('broken'); process.exit(3)"], { cwd: process.cwd() });
  assert.equal(result.code, 3);
  assert.match(result.output, /broken/);
});
