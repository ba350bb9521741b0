/** Methods the app answers; everything else gets 405 before reaching a route. */
export const ALLOWED_METHODS = ['GET', 'HEAD'] as const;

export function isAllowedMethod(method: string): boolean {
  return (ALLOWED_METHODS as readonly string[]).includes(method);
}

/** False for a path the router cannot decode (`%`, an encoded lone surrogate such as `%ED%A0%80`). */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
