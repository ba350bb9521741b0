import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { processTreeCpuMs } from './process-cpu';

// Burns 300 ms of its own CPU, says so, then idles until killed.
const BURNER = `
const start = process.cpuUsage();
while (true) { const u = process.cpuUsage(start); if ((u.user + u.system) / 1000 >= 300) break; }
process.stdout.write('burnt\\n');
setInterval(() => {}, 1000);
`;

describe('processTreeCpuMs', () => {
  it('counts the CPU of a process and of its descendants', async () => {
    const child = spawn(process.execPath, ['-e', BURNER]);
    try {
      await once(child.stdout, 'data');
      // /proc counts in 10 ms ticks.
      expect(processTreeCpuMs(child.pid!)).toBeGreaterThanOrEqual(290);
      expect(processTreeCpuMs(process.pid) - processTreeCpuMs(child.pid!)).toBeGreaterThan(0);
      expect(processTreeCpuMs(process.pid)).toBeGreaterThanOrEqual(290);
    } finally {
      child.kill();
    }
  });

  it('is NaN for a process that does not exist', () => {
    expect(processTreeCpuMs(2 ** 22 + 7)).toBeNaN();
  });
});
