/**
 * Next calls `register` once when the server starts. Checking the environment here makes a bad
 * variable stop `next start` with its name, instead of turning into a 503 on the first request
 * (not at build time: the image is built without the run-time environment).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { webEngineConfig } = await import('./app/lib/web-config');
  webEngineConfig(process.env);
}
