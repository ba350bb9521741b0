import { MultiBar, Presets } from 'cli-progress';
import { formatErrorLine } from '../errors';
import type { IndexerEvent, IndexerSummary } from './run-events';

interface Output {
  write(chunk: string): unknown;
}

/**
 * Turns job events into stderr output: a progress bar on a terminal, a line every 10% otherwise;
 * one line per failed file; a summary at the end.
 */
export function createProgressReporter(options: { stream: Output & { isTTY?: boolean }; tty: boolean }) {
  const { stream } = options;
  let multibar: MultiBar | null = null;
  let bar: ReturnType<MultiBar['create']> | null = null;
  let lastDecile = 0;

  const log = (line: string) => {
    if (multibar) multibar.log(`${line}\n`);
    else stream.write(`${line}\n`);
  };

  function onEvent(event: IndexerEvent): void {
    switch (event.type) {
      case 'start':
        if (options.tty && event.files > 0) {
          multibar = new MultiBar(
            {
              stream: stream as NodeJS.WritableStream,
              format: 'indexing [{bar}] {percentage}% {value}/{total} files',
              hideCursor: true,
              clearOnComplete: true,
            },
            Presets.shades_classic,
          );
          bar = multibar.create(event.files, 0);
        } else {
          stream.write(`indexing ${event.files} files\n`);
        }
        break;
      case 'article-failed':
        log(`error: ${formatErrorLine(event.error)}${event.kept ? ' (previous version kept)' : ''}`);
        break;
      case 'progress':
        if (bar) bar.update(event.done);
        else {
          const decile = Math.floor((event.done * 10) / event.files);
          if (decile > lastDecile) {
            lastDecile = decile;
            stream.write(`indexing: ${Math.floor((event.done * 100) / event.files)}% (${event.done}/${event.files} files)\n`);
          }
        }
        break;
      default:
        break;
    }
  }

  /** Stops the bar (also after a fatal error) and prints the summary when there is one. */
  function finish(summary: IndexerSummary | null): void {
    multibar?.stop();
    multibar = null;
    bar = null;
    if (summary) stream.write(`${formatSummary(summary)}\n`);
  }

  return { onEvent, finish, log };
}

function formatSummary(s: IndexerSummary): string {
  return (
    `done: ${s.files} files; ${s.indexed} articles indexed (${s.paragraphs} paragraphs), ` +
    `${s.unchanged} unchanged (skipped)${s.renamed > 0 ? `, ${s.renamed} re-sent with new name spellings` : ''}, ` +
    `${s.deleted} deleted, ${s.failed} failed; ` +
    `${(s.elapsedMs / 1000).toFixed(2)} s`
  );
}
