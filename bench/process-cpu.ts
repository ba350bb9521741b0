import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** The fields after the command name of a /proc stat line (the name may hold spaces). */
function statFields(pid: number): string[] | null {
  try {
    const line = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return line.slice(line.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/**
 * CPU milliseconds (user + system, all threads) used so far by `pid` and its descendants, read
 * from /proc: the server's side of a request, which the client cannot see. NaN without /proc.
 */
export function processTreeCpuMs(pid: number): number {
  let pids: number[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
  } catch {
    return NaN;
  }
  const children = new Map<number, number[]>();
  for (const p of pids) {
    const parent = Number(statFields(p)?.[1]);
    children.set(parent, [...(children.get(parent) ?? []), p]);
  }
  let ticks = 0;
  const tree = [pid];
  for (const p of tree) {
    const fields = statFields(p);
    if (!fields) continue;
    // utime and stime: fields 14 and 15 of the line, 12 and 13 after the name and state.
    ticks += Number(fields[11]) + Number(fields[12]);
    tree.push(...(children.get(p) ?? []));
  }
  return statFields(pid) ? (ticks * 1000) / TICKS_PER_SECOND : NaN;
}
