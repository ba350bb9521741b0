import { SingleBar } from 'cli-progress';
import type { ImportEvent, ImportSummary } from './run-import';

/**
 * What the user sees: `error: <source>: <reason>` lines on stderr, a progress bar when stderr is a
 * terminal (else nothing until the summary), one JSON line per article on stdout with `--json`.
 */
export function createReporter(options: {
  json: boolean;
  dryRun: boolean;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}) {
  const started = performance.now();
  const bar = options.stderr.isTTY && !options.json ? new SingleBar({ stream: options.stderr, format: 'import [{bar}] {value}/{total} {source}', hideCursor: true }) : null;
  let total = 0;
  let done = 0;
  bar?.start(0, 0, { source: '' });

  const line = (text: string) => {
    options.stderr.write(bar ? `\r\u001b[K${text}\n` : `${text}\n`);
  };

  function onEvent(event: ImportEvent): void {
    if (event.type === 'queued') {
      total += event.count;
      bar?.setTotal(total);
      return;
    }
    done++;
    bar?.update(done, { source: event.source.slice(-60) });
    if (event.type === 'error') line(`error: ${event.source}: ${event.reason}`);
    if (event.type === 'article' && options.json) {
      const { article } = event;
      options.stdout.write(
        `${JSON.stringify({ source: event.source, id: article.id, file: event.file, status: event.status, title: article.title, date: article.date, url: article.url, lang: article.lang, paragraphs: article.blocks.filter((b) => b.kind === 'paragraph').length })}\n`,
      );
    }
  }

  function finish(summary: ImportSummary): void {
    bar?.stop();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const verb = options.dryRun ? 'would be ' : '';
    options.stderr.write(
      `import${options.dryRun ? ' (dry run)' : ''}: ${summary.created} ${verb}created, ${summary.updated} ${verb}updated, ${summary.unchanged} unchanged, ` +
        `${summary.duplicate} duplicates, ${summary.notModified} not modified (HTTP 304), ${summary.errors} errors in ${seconds} s\n`,
    );
  }

  return { onEvent, finish };
}
