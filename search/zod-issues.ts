import type { z } from 'zod';

export interface ZodIssueFormat {
  /** Put before each path, e.g. `--` for command-line flags. */
  pathPrefix?: string;
  /** Names an issue about the whole value (empty path), e.g. "front matter". */
  rootName?: string;
}

/**
 * One line per schema problem, `path: message` ("MEILI_URL: Invalid URL"), so config, API and CLI
 * messages name what is wrong the same way.
 */
export function formatZodIssues(error: z.ZodError, format: ZodIssueFormat = {}): string[] {
  const { pathPrefix = '', rootName = 'value' } = format;
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return `${path === '' ? rootName : `${pathPrefix}${path}`}: ${issue.message}`;
  });
}
