import { describe, expect, it } from 'vitest';
import { MissingDateError } from '../errors';
import { createProgressReporter } from './progress-reporter';

describe('createProgressReporter (not a terminal)', () => {
  it('prints plain progress lines, one line per failed file and the summary', () => {
    let out = '';
    const reporter = createProgressReporter({ stream: { write: (s: string) => (out += s) }, tty: false });
    reporter.onEvent({ type: 'start', files: 4 });
    reporter.onEvent({ type: 'progress', done: 1, files: 4 });
    reporter.onEvent({
      type: 'article-failed',
      error: new MissingDateError('corpus/b.txt', 'missing date'),
      kept: true,
    });
    reporter.onEvent({ type: 'progress', done: 2, files: 4 });
    reporter.onEvent({ type: 'progress', done: 4, files: 4 });
    reporter.finish({ files: 4, indexed: 2, unchanged: 1, deleted: 0, failed: 1, renamed: 0, paragraphs: 9, elapsedMs: 1234 });
    expect(out.split('\n')).toEqual([
      'indexing 4 files',
      'indexing: 25% (1/4 files)',
      'error: corpus/b.txt: missing date (previous version kept)',
      'indexing: 50% (2/4 files)',
      'indexing: 100% (4/4 files)',
      'done: 4 files; 2 articles indexed (9 paragraphs), 1 unchanged (skipped), 0 deleted, 1 failed; 1.23 s',
      '',
    ]);
  });

  it('says how many unchanged articles were re-sent because a person’s spelling changed', () => {
    let out = '';
    const reporter = createProgressReporter({ stream: { write: (s: string) => (out += s) }, tty: false });
    reporter.finish({ files: 3, indexed: 1, unchanged: 2, deleted: 0, failed: 0, renamed: 2, paragraphs: 4, elapsedMs: 10 });
    expect(out).toBe(
      'done: 3 files; 1 articles indexed (4 paragraphs), 2 unchanged (skipped), 2 re-sent with new name spellings, 0 deleted, 0 failed; 0.01 s\n',
    );
  });
});
