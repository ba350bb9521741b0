import { main } from './main';

// The process side of `main`: signals, real streams, the exit code.
/** After a signal the run stops at its next file; past this delay the process exits anyway. */
const FORCE_EXIT_AFTER_MS = 5_000;
const controller = new AbortController();
const stop = (signal: NodeJS.Signals) => {
  controller.abort(new Error(`received ${signal}`));
  // An uncommitted write session dies with the process: the previous index keeps serving.
  setTimeout(() => {
    process.stderr.write(`fatal: still running ${FORCE_EXIT_AFTER_MS / 1000} s after ${signal}; exiting, the index was not changed\n`);
    process.exit(1);
  }, FORCE_EXIT_AFTER_MS).unref();
};
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
