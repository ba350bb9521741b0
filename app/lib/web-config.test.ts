import { createServer } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError } from '../../search/index';
import { register } from '../../instrumentation';
import { enforceSearchOnlyKey, webEngineConfig } from './web-config';

const refusal = (env: Record<string, string>) => {
  try {
    webEngineConfig(env);
  } catch (error) {
    return error;
  }
  throw new Error('accepted');
};

describe('web app configuration', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('reads the embedded store by default and Meilisearch with its search key', () => {
    expect(webEngineConfig({ PARAGRAPHE_DATA: '/srv/data' })).toEqual({ kind: 'embedded', dataDir: '/srv/data' });
    expect(
      webEngineConfig({ MEILI_URL: 'http://meili:7700', MEILI_SEARCH_KEY: 'k', MEILI_ADMIN_KEY: 'admin' }),
    ).toMatchObject({ kind: 'meilisearch', url: 'http://meili:7700', apiKey: 'k' });
  });

  it.each([
    ['MEILI_URL', { MEILI_URL: 'not-a-url' }],
    ['MEILI_INDEX', { MEILI_INDEX: 'bad index/name' }],
    ['MEILI_SEARCH_KEY', { MEILI_URL: 'http://meili:7700' }],
  ])('refuses a bad %s, naming it', (name, env) => {
    const error = refusal(env);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(name);
  });

  it('is what the start-up hook checks: register() fails on a bad variable', async () => {
    vi.stubEnv('NEXT_RUNTIME', 'nodejs');
    vi.stubEnv('MEILI_URL', 'not-a-url');
    await expect(register()).rejects.toThrow(/MEILI_URL/);
    vi.stubEnv('MEILI_URL', '');
    await expect(register()).resolves.toBeUndefined();
  });

  it('refuses a key that can do more than search, warns when the server cannot tell', () => {
    const warn = vi.fn();
    expect(() => enforceSearchOnlyKey({ kind: 'too-powerful', reason: 'it grants *' }, warn)).toThrow(ConfigError);
    expect(() => enforceSearchOnlyKey({ kind: 'too-powerful', reason: 'it grants *' }, warn)).toThrow(/MEILI_SEARCH_KEY can do more than search \(it grants \*\)/);
    enforceSearchOnlyKey({ kind: 'search-only' }, warn);
    expect(warn).not.toHaveBeenCalled();
    enforceSearchOnlyKey({ kind: 'unknown', reason: 'unreachable' }, warn);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^warning: cannot check that MEILI_SEARCH_KEY is search-only: unreachable/));
  });

  it('asks the server about the key at start: an unreachable server gets a warning, not a silent start', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.stubEnv('NEXT_RUNTIME', 'nodejs');
    vi.stubEnv('MEILI_URL', `http://127.0.0.1:${port}`);
    vi.stubEnv('MEILI_SEARCH_KEY', 'a-key');
    await expect(register()).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/cannot check that MEILI_SEARCH_KEY is search-only/));
    warn.mockRestore();
  });
});
