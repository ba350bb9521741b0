import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatZodIssues } from './zod-issues';

describe('formatZodIssues', () => {
  const schema = z.object({ MEILI_URL: z.url(), limits: z.object({ hits: z.number().max(100) }) });

  it('gives one `path: message` line per issue', () => {
    const result = schema.safeParse({ MEILI_URL: 'nope', limits: { hits: 500 } });
    expect(result.success).toBe(false);
    const lines = formatZodIssues(result.error!);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^MEILI_URL: \S/);
    expect(lines[1]).toMatch(/^limits\.hits: \S/);
  });

  it('prefixes paths and names the whole value', () => {
    const flags = z.object({ engine: z.enum(['embedded']) }).safeParse({ engine: 'x' });
    expect(formatZodIssues(flags.error!, { pathPrefix: '--' })[0]).toMatch(/^--engine: /);
    const whole = z.object({}).safeParse(42);
    expect(formatZodIssues(whole.error!, { rootName: 'front matter' })[0]).toMatch(/^front matter: /);
  });
});
