import type { z } from 'zod';

/**
 * One line per issue, `path: message` (or `fallback: message` when the issue has no path),
 * joined by `; `: the form every configuration, API and CLI message takes.
 */
export function formatZodIssues(error: z.ZodError, fallback = 'input'): string {
  return error.issues.map((issue) => `${issue.path.join('.') || fallback}: ${issue.message}`).join('; ');
}
