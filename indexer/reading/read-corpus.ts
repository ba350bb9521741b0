import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import {
  BinaryFileError,
  CorpusDirError,
  EmptyFileError,
  EncodingError,
  ExternalLinkError,
  FileTooLargeError,
  UnreadableFileError,
  UnsupportedFileError,
} from '../errors';
import { describeSupportedExtensions, formatForExtension, type ArticleFormat } from '../formats/registry';
import { quotePath } from '../terminal-text';

/** Files above this size are rejected without being read (a news article is ~10 KB). */
const MAX_ARTICLE_BYTES = 4 * 1024 * 1024;


/** A corpus file found by listing: not read yet. */
export interface CorpusEntry {
  /** Path as shown in messages (`corpusDir/name`). */
  file: string;
  /** File name, extension included. */
  name: string;
  /** File name without its extension: the article id candidate. */
  stem: string;
  extension: string;
  /** The format reading this extension; null for a file no format reads (it claims no article id). */
  format: ArticleFormat | null;
  /** The corpus folder with its links resolved: a link must stay inside it. */
  root: string;
}

/** A corpus file read and decoded. */
export interface ArticleSource {
  entry: CorpusEntry;
  format: ArticleFormat;
  /** The raw bytes: the article fingerprint is computed from them. */
  bytes: Uint8Array;
}

export interface CorpusReader {
  /** Article candidates of the folder, sorted by name; hidden files and folders are ignored. */
  list(corpusDir: string): Promise<CorpusEntry[]>;
  /** Reads a file's bytes with the size limit; throws a `CorpusFileError`. */
  readBytes(entry: CorpusEntry): Promise<ArticleSource>;
  /** Decodes bytes as strict UTF-8, NFC; throws a `CorpusFileError`. */
  decode(source: ArticleSource): string;
}

export interface CorpusReaderOptions {
  maxBytes?: number;
  /** Index files reached through a symbolic link that leaves the corpus folder (refused by default). */
  followExternalLinks?: boolean;
}

// Non-blocking: opening a FIFO (or a device) for reading must never wait for a writer.
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

export function createCorpusReader(options: CorpusReaderOptions = {}): CorpusReader {
  const maxBytes = options.maxBytes ?? MAX_ARTICLE_BYTES;
  const decoder = new TextDecoder('utf-8', { fatal: true });

  async function list(corpusDir: string): Promise<CorpusEntry[]> {
    let dirents;
    let root: string;
    try {
      dirents = await readdir(corpusDir, { withFileTypes: true });
      root = await realpath(corpusDir);
    } catch (cause) {
      throw new CorpusDirError(`cannot list corpus folder ${quotePath(corpusDir)}`, { cause });
    }
    return dirents
      .filter((d) => !d.name.startsWith('.') && !d.isDirectory())
      .map((d) => {
        const extension = path.extname(d.name);
        const stem = extension ? d.name.slice(0, -extension.length) : d.name;
        const lowerExtension = extension.toLowerCase();
        const format = formatForExtension(lowerExtension) ?? null;
        return { file: path.join(corpusDir, d.name), name: d.name, stem, extension: lowerExtension, format, root };
      })
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  }

  // Synchronous reads: one small file at a time is several times faster than the async API's
  // round trips through the thread pool; the job yields to the event loop between files.
  function readBytes(entry: CorpusEntry): Promise<ArticleSource> {
    try {
      return Promise.resolve(readBytesSync(entry));
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }

  function readBytesSync(entry: CorpusEntry): ArticleSource {
    const { format } = entry;
    if (!format) {
      const ext = entry.extension || 'no extension';
      throw new UnsupportedFileError(entry.file, `unsupported file type (${ext}); articles are ${describeSupportedExtensions()}`);
    }
    if (!options.followExternalLinks) refuseExternalLink(entry);
    let fd: number;
    try {
      fd = openSync(entry.file, OPEN_FLAGS);
    } catch (cause) {
      throw new UnreadableFileError(entry.file, `cannot open file: ${errorCode(cause)}`, { cause });
    }
    try {
      const stats = fstatSync(fd);
      if (!stats.isFile()) throw new UnreadableFileError(entry.file, 'not a regular file');
      if (stats.size > maxBytes) throw tooLarge(entry.file, stats.size, maxBytes);
      // Read at most one byte past the limit: a file growing after fstat() is still caught.
      const buffer = Buffer.allocUnsafe(Math.min(stats.size, maxBytes) + 1);
      let length = 0;
      for (;;) {
        const bytesRead = readSync(fd, buffer, length, buffer.length - length, null);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length === buffer.length) break;
      }
      if (length > maxBytes) throw tooLarge(entry.file, length, maxBytes);
      if (length === 0) throw new EmptyFileError(entry.file, 'empty file');
      const bytes = buffer.subarray(0, length);
      if (isUtf16(bytes)) throw new EncodingError(entry.file, 'UTF-16 text; articles must be UTF-8');
      if (bytes.includes(0)) throw new BinaryFileError(entry.file, 'binary file (contains NUL bytes)');
      return { entry, format, bytes };
    } catch (error) {
      if (error instanceof UnreadableFileError || !(error instanceof Error) || !('code' in error)) throw error;
      throw new UnreadableFileError(entry.file, `cannot read file: ${errorCode(error)}`, { cause: error });
    } finally {
      closeSync(fd);
    }
  }

  function decode(source: ArticleSource): string {
    let text: string;
    try {
      text = decoder.decode(source.bytes);
    } catch (cause) {
      const offset = firstInvalidUtf8Offset(source.bytes);
      throw new EncodingError(source.entry.file, `not valid UTF-8 (bad byte at offset ${offset})`, { cause });
    }
    if (text.trim() === '') throw new EmptyFileError(source.entry.file, 'file holds only whitespace');
    return text.normalize('NFC');
  }

  return { list, readBytes, decode };
}

/** Throws when the file resolves outside the corpus folder; a dangling link is left to `open`. */
function refuseExternalLink(entry: CorpusEntry): void {
  let target: string;
  try {
    target = realpathSync(entry.file);
  } catch {
    return;
  }
  const relative = path.relative(entry.root, target);
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    throw new ExternalLinkError(
      entry.file,
      `symbolic link to ${quotePath(target)}, outside the corpus folder: refused (--follow-external-links indexes it)`,
    );
  }
}

function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function tooLarge(file: string, size: number, maxBytes: number): FileTooLargeError {
  return new FileTooLargeError(file, `file too large (${formatMiB(size)} > limit ${formatMiB(maxBytes)})`);
}

function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

function errorCode(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}

/** Offset of the first byte that breaks UTF-8, for the error message only. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // Longest prefix that is valid UTF-8 (an unfinished sequence at its end is allowed by `stream`).
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  // Step back over an unfinished sequence so the offset names the byte that starts it.
  for (let start = low; start >= Math.max(0, low - 3); start -= 1) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, start));
      return start;
    } catch {
      // still inside the sequence
    }
  }
  return low;
}
