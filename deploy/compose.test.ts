import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { envSchema } from '../search/index';

/*
 * Invariants of the production files, checked without a Docker engine (none runs here): the
 * compose file is parsed as YAML and read the way Compose reads it.
 */

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

const serviceSchema = z.object({
  image: z.string().optional(),
  build: z.object({ context: z.string(), target: z.string() }).optional(),
  environment: z.record(z.string(), z.string()).optional(),
  ports: z.array(z.union([z.string(), z.object({ host_ip: z.string().optional() }).passthrough()])).optional(),
  volumes: z.array(z.string()).optional(),
  healthcheck: z.object({ test: z.array(z.string()) }).passthrough().optional(),
  depends_on: z.record(z.string(), z.object({ condition: z.string() })).optional(),
  restart: z.string().optional(),
  entrypoint: z.array(z.string()).optional(),
  security_opt: z.array(z.string()).optional(),
  cap_drop: z.array(z.string()).optional(),
  profiles: z.array(z.string()).optional(),
});
const composeSchema = z.object({
  services: z.record(z.string(), serviceSchema),
  volumes: z.record(z.string(), z.unknown().nullable()),
});

const composeText = read('docker-compose.yml');
const compose = composeSchema.parse(parse(composeText, { merge: true }));
const services = compose.services;
const service = (name: string) => {
  const found = services[name];
  if (!found) throw new Error(`service ${name} is missing`);
  return found;
};
const env = (name: string) => service(name).environment ?? {};

describe('docker-compose.yml', () => {
  it('has the four services, and the optional importer only under its profile', () => {
    const started = Object.entries(services).filter(([, s]) => !s.profiles).map(([name]) => name);
    expect(started.sort()).toEqual(['indexer', 'keys', 'meilisearch', 'web']);
    expect(service('importer').profiles).toEqual(['import']);
    expect(service('importer').entrypoint).toEqual(expect.arrayContaining(['importer/cli.ts', '--feeds', '/app/feeds.txt', '--corpus', '/app/corpus']));
    expect(JSON.stringify(service('importer'))).not.toMatch(/MEILI_|_key/);
  });

  it('pins Meilisearch to an exact v1 release, never latest', () => {
    expect(service('meilisearch').image).toMatch(/^getmeili\/meilisearch:v1\.\d+\.\d+$/);
    for (const s of Object.values(services)) expect(s.image ?? '').not.toMatch(/:latest$|^[^:]+$/);
  });

  it('runs Meilisearch in production, analytics off, master key required from the environment', () => {
    const meili = env('meilisearch');
    expect(meili.MEILI_ENV).toBe('production');
    expect(meili.MEILI_NO_ANALYTICS).toBe('true');
    expect(meili.MEILI_MASTER_KEY).toMatch(/^\$\{MEILI_MASTER_KEY:\?[^}]+\}$/);
  });

  it('keeps the database in a named volume', () => {
    expect(service('meilisearch').volumes).toContain('meili_data:/meili_data');
    expect(Object.keys(compose.volumes)).toContain('meili_data');
    expect(env('meilisearch').MEILI_DB_PATH).toMatch(/^\/meili_data\//);
  });

  it('health-checks Meilisearch on /health and the web app on its API', () => {
    expect(service('meilisearch').healthcheck?.test.join(' ')).toMatch(/^CMD curl .*http:\/\/127\.0\.0\.1:7700\/health$/);
    expect(service('web').healthcheck?.test.join(' ')).toContain('/api/search');
  });

  it('publishes ports on 127.0.0.1 only', () => {
    const published = Object.values(services).flatMap((s) => s.ports ?? []);
    expect(published.length).toBeGreaterThan(0);
    for (const port of published) {
      if (typeof port === 'string') expect(port).toMatch(/^127\.0\.0\.1:/);
      else expect(port.host_ip).toBe('127.0.0.1');
    }
  });

  it('orders start-up: healthy Meilisearch, then keys, then the indexer, then the web app', () => {
    expect(service('keys').depends_on).toEqual({ meilisearch: { condition: 'service_healthy' } });
    expect(service('indexer').depends_on).toEqual({
      meilisearch: { condition: 'service_healthy' },
      keys: { condition: 'service_completed_successfully' },
    });
    expect(service('web').depends_on).toEqual({
      meilisearch: { condition: 'service_healthy' },
      indexer: { condition: 'service_completed_successfully' },
    });
    expect(service('indexer').restart).toBe('no');
    expect(service('keys').restart).toBe('no');
  });

  it('indexes the mounted corpus read-only, against Meilisearch', () => {
    expect(service('indexer').volumes).toContain('${CORPUS_DIR:-./corpus}:/app/corpus:ro');
    expect(service('indexer').entrypoint).toEqual(expect.arrayContaining(['indexer/cli.ts', '--engine', 'meilisearch', '--corpus', '/app/corpus']));
  });

  it('gives the master key to Meilisearch and the keys job only', () => {
    const holders = Object.entries(services)
      .filter(([, s]) => Object.values(s.environment ?? {}).some((v) => v.includes('MEILI_MASTER_KEY')))
      .map(([name]) => name)
      .sort();
    expect(holders).toEqual(['keys', 'meilisearch']);
  });

  it('gives the web app the search key only, and the indexer the admin key only', () => {
    const web = JSON.stringify(service('web'));
    expect(web).not.toMatch(/MEILI_MASTER_KEY|MEILI_ADMIN_KEY|indexer_key/);
    expect(env('web').MEILI_SEARCH_KEY_FILE).toBe('/keys/search/key');
    expect(service('web').volumes).toEqual(['search_key:/keys/search:ro']);
    const indexer = JSON.stringify(service('indexer'));
    expect(indexer).not.toMatch(/MEILI_MASTER_KEY|MEILI_SEARCH_KEY|search_key/);
    expect(service('indexer').volumes).toContain('indexer_key:/keys/indexer:ro');
  });

  it('holds no secret literal: every key-like value comes from the environment or a file', () => {
    for (const [name, s] of Object.entries(services)) {
      for (const [variable, value] of Object.entries(s.environment ?? {})) {
        if (!/KEY/.test(variable)) continue;
        const fromEnv = value.startsWith(`\${${variable}:`) && value.endsWith('}');
        const isPath = variable.endsWith('_FILE') && value.startsWith('/keys/');
        expect(fromEnv || isPath, `${name}.${variable} = ${value}`).toBe(true);
      }
    }
    expect(composeText).not.toMatch(/[A-Za-z0-9+/_-]{32,}/);
    expect(composeText).not.toMatch(/masterKey|canary/i);
  });

  it('drops privileges in the app containers', () => {
    for (const name of ['keys', 'indexer', 'web', 'importer']) {
      expect(service(name).security_opt).toContain('no-new-privileges:true');
      expect(service(name).cap_drop).toEqual(['ALL']);
    }
  });
});

describe('.env.example', () => {
  const documented = new Set([...read('.env.example').matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]));

  it('documents every variable the app reads', () => {
    for (const variable of Object.keys(envSchema.shape)) expect(documented).toContain(variable);
  });

  it('documents every variable compose interpolates', () => {
    const interpolated = new Set([...composeText.matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]));
    for (const variable of interpolated) expect(documented).toContain(variable);
  });

  it('ships no value for any key', () => {
    for (const line of read('.env.example').split('\n')) {
      if (/^[A-Z_]*KEY=/.test(line)) expect(line).toMatch(/=$/);
    }
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  const stages = [...dockerfile.matchAll(/^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/gim)].map((m) => ({ image: m[1], name: m[2] }));
  const stage = (name: string) => {
    const start = dockerfile.search(new RegExp(`^FROM .* AS ${name}$`, 'm'));
    const rest = dockerfile.slice(start + 1);
    const next = rest.search(/^FROM /m);
    return next === -1 ? rest : rest.slice(0, next);
  };

  it('is multi-stage with the web app as the default (last) target', () => {
    expect(stages.length).toBeGreaterThanOrEqual(4);
    expect(stages.at(-1)?.name).toBe('web');
    expect(stages.map((s) => s.name)).toContain('indexer');
  });

  it('pins the base image, never latest', () => {
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:20-[a-z]+-slim$/m);
    expect(dockerfile).not.toMatch(/:latest/);
  });

  it('runs both runtime images as the unprivileged node user', () => {
    expect(stage('web')).toMatch(/^USER node$/m);
    expect(stage('indexer')).toMatch(/^USER node$/m);
  });

  it('ships the standalone server and production dependencies only', () => {
    expect(stage('web')).toContain('/app/.next/standalone');
    expect(stage('web')).not.toMatch(/npm (ci|install)/);
    expect(stage('prod-deps')).toMatch(/npm prune --omit=dev/);
    expect(stage('indexer')).toContain('--from=prod-deps /app/node_modules');
  });

  it('keeps secrets and local state out of the build context', () => {
    const ignored = read('.dockerignore').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['.env', '.env.*', 'node_modules', '.next', 'data', '.git']));
  });
});
