import { readdir, readFile } from "node:fs/promises";

export interface ProcessStat {
  pid: number;
  ppid: number;
  name: string;
  nice: number;
}

/** A process's parent, name and nice value, from /proc (Linux, as in CI); undefined once it has gone. */
export async function processStat(pid: number | string): Promise<ProcessStat | undefined> {
  const text = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => undefined);
  if (!text) return undefined;
  // "pid (name) state ppid … nice …": the name may hold spaces, so the fields are counted after its last ")".
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  return {
    pid: Number(pid),
    ppid: Number(fields[1]),
    name: text.slice(text.indexOf("(") + 1, text.lastIndexOf(")")),
    nice: Number(fields[16]),
  };
}

/** The running children of a process whose name starts with `name`. */
export async function childrenNamed(ppid: number, name: string): Promise<ProcessStat[]> {
  const all = await Promise.all((await readdir("/proc")).filter((entry) => /^\d+$/.test(entry)).map(processStat));
  return all.filter((child): child is ProcessStat => child?.ppid === ppid && child.name.startsWith(name));
}
