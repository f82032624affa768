import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

export interface Measured {
  code: number | null;
  output: string;
  seconds: number;
  /**
   * The most memory the command and every process it started (Pagefind's indexer is one) held at once: the
   * largest sum of their resident sizes over samples 20 ms apart. Undefined where /proc does not exist (not Linux).
   */
  peakBytes?: number;
  /** Each program's own peak (VmHWM, kept by the kernel, so never missed between samples), to see which to slim. */
  peakByProgram?: Record<string, number>;
  /**
   * CPU time (user and system, every thread) of the command and every process it started, in core-seconds: what the
   * machine's cores had to give, whatever the wall time. Read from /proc at each sample, so a process loses at most
   * its last 20 ms. Undefined where /proc does not exist.
   */
  cpuSeconds?: number;
  cpuByProgram?: Record<string, number>;
}

/** Linux counts CPU time in /proc in units of 1/100 s (USER_HZ, fixed by the kernel's interface). */
const TICKS_PER_SECOND = 100;

function readProc(pid: number, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return undefined; // the process has just exited
  }
}

/** The process and its descendants, from the parent ids in /proc/<pid>/stat. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readProc(Number(entry), "stat");
    // The command name may hold spaces and parentheses; the fields after its closing ")" do not.
    const parent = stat ? Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) : NaN;
    if (Number.isFinite(parent)) children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

/** Runs a command to the end, timing it from spawn to exit and sampling its memory every few milliseconds. */
export function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const peaks = new Map<number, { program: string; bytes: number }>();
    // A program's peak is that of its processes alive at one moment, not of all it ran: the build runs Pagefind once per
    // language, one after another.
    const peakByProgram: Record<string, number> = {};
    const cpu = new Map<number, { program: string; ticks: number }>();
    let peakAtOnce = 0;
    const linux = process.platform === "linux";
    const sample = () => {
      if (!linux || child.pid === undefined) return;
      let atOnce = 0;
      const alive: Record<string, number> = {};
      for (const pid of processTree(child.pid)) {
        const status = readProc(pid, "status");
        // Listed a moment ago, exited since: it holds nothing now, and its name can no longer be read (it was counted
        // under "?", with the peak it had reached while alive).
        if (status === undefined) continue;
        atOnce += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
        const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
        const program = /Name:\s+(\S+)/.exec(status)?.[1] ?? "unnamed";
        if (kb) peaks.set(pid, { program, bytes: Math.max(peaks.get(pid)?.bytes ?? 0, Number(kb) * 1024) });
        alive[program] = (alive[program] ?? 0) + (peaks.get(pid)?.bytes ?? 0);
        // utime and stime, the 14th and 15th fields, after the command name's closing ")".
        const fields = readProc(pid, "stat")?.split(") ")[1]?.split(" ");
        const ticks = Number(fields?.[11]) + Number(fields?.[12]);
        if (Number.isFinite(ticks)) cpu.set(pid, { program, ticks: Math.max(cpu.get(pid)?.ticks ?? 0, ticks) });
      }
      peakAtOnce = Math.max(peakAtOnce, atOnce);
      for (const [program, bytes] of Object.entries(alive)) peakByProgram[program] = Math.max(peakByProgram[program] ?? 0, bytes);
    };
    const timer = setInterval(sample, 20);
    child.on("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on("exit", () => clearInterval(timer));
    child.on("close", (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (!linux) return resolve({ code, output, seconds });
      const cpuByProgram: Record<string, number> = {};
      for (const { program, ticks } of cpu.values()) cpuByProgram[program] = (cpuByProgram[program] ?? 0) + ticks / TICKS_PER_SECOND;
      const cpuSeconds = Object.values(cpuByProgram).reduce((sum, seconds) => sum + seconds, 0);
      resolve({ code, output, seconds, peakBytes: peakAtOnce, peakByProgram, cpuSeconds, cpuByProgram });
    });
  });
}
