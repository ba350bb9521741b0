import { main } from './main';

// The process side of `main`: signals, real streams, the exit code.
const controller = new AbortController();
const stop = (signal: NodeJS.Signals) => controller.abort(new Error(`received ${signal}`));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

/** Stdout closed early (`| head`): stop printing, let the run finish normally. */
let stdoutOpen = true;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  stdoutOpen = false;
});

process.exitCode = await main(process.argv.slice(2), {
  env: process.env,
  stdout: { write: (chunk: string) => stdoutOpen && process.stdout.write(chunk) },
  stderr: process.stderr,
  signal: controller.signal,
});
process.off('SIGINT', stop);
process.off('SIGTERM', stop);
