/**
 * Next calls `register` once when the server starts. Checking the environment here makes a bad
 * variable stop `next start` with its name, instead of turning into a 503 on the first request
 * (not at build time: the image is built without the run-time environment). A Meilisearch key
 * that can do more than search stops it too.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { webEngineConfig, enforceSearchOnlyKey } = await import('./app/lib/web-config');
  const { checkReaderKey } = await import('./search/index');
  const config = webEngineConfig(process.env);
  enforceSearchOnlyKey(await checkReaderKey(config), (line) => console.warn(line));
}
