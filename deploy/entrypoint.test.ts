import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ENTRYPOINT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'docker-entrypoint.sh');
const dir = mkdtempSync(path.join(tmpdir(), 'paragraphe-entrypoint-'));
const keyFile = path.join(dir, 'key');
writeFileSync(keyFile, 'search-key-from-volume');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the entrypoint with a command that prints what the process would see. */
function run(env: Record<string, string>) {
  const result = spawnSync(
    'sh',
    [ENTRYPOINT, 'sh', '-c', 'printf "%s|%s|%s" "${MEILI_SEARCH_KEY-unset}" "${MEILI_ADMIN_KEY-unset}" "${MEILI_SEARCH_KEY_FILE-unset}"'],
    { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env } as unknown as NodeJS.ProcessEnv, encoding: 'utf8' },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('docker-entrypoint.sh', () => {
  it('loads a key from its _FILE and hides the file variable', () => {
    expect(run({ MEILI_SEARCH_KEY_FILE: keyFile })).toEqual({ status: 0, stdout: 'search-key-from-volume|unset|unset', stderr: '' });
  });

  it('lets an explicit key win over the file', () => {
    expect(run({ MEILI_SEARCH_KEY: 'cloud-key', MEILI_SEARCH_KEY_FILE: keyFile }).stdout).toBe('cloud-key|unset|unset');
  });

  it('stops with a message naming the variable when the file is missing', () => {
    const result = run({ MEILI_ADMIN_KEY_FILE: path.join(dir, 'missing') });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('MEILI_ADMIN_KEY');
    expect(result.stdout).toBe('');
  });

  it('passes through untouched when no key is configured (embedded engine)', () => {
    expect(run({})).toMatchObject({ status: 0, stdout: 'unset|unset|unset' });
  });
});
