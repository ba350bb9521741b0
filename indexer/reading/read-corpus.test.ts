import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BinaryFileError,
  CorpusDirError,
  EmptyFileError,
  EncodingError,
  FileTooLargeError,
  UnreadableFileError,
  UnsupportedFileError,
} from '../errors';
import { createCorpusReader } from './read-corpus';
import { makeTempDir, writeFiles } from '../testing/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const reader = createCorpusReader();

async function readOne(name: string) {
  const entry = (await reader.list(dir)).find((e) => e.file.endsWith(name));
  if (!entry) throw new Error(`no entry ${name}`);
  return reader.decode(await reader.readBytes(entry));
}

describe('list', () => {
  it('lists files sorted, with stems, ignoring hidden files and folders', async () => {
    writeFiles(dir, { 'b.md': 'x', 'a.txt': 'x', '.hidden.txt': 'x' });
    mkdirSync(path.join(dir, 'sub'));
    const entries = await reader.list(dir);
    expect(entries.map((e) => [path.basename(e.file), e.stem, e.extension])).toEqual([
      ['a.txt', 'a', '.txt'],
      ['b.md', 'b', '.md'],
    ]);
  });

  it('fails clearly when the corpus folder does not exist', async () => {
    await expect(reader.list(path.join(dir, 'absent'))).rejects.toThrow(CorpusDirError);
  });
});

describe('read and decode', () => {
  it('decodes UTF-8 and normalises to NFC, dropping a BOM', async () => {
    writeFiles(dir, { 'a.txt': '\ufeffdate 2021-11 Israe\u0308l' });
    expect(await readOne('a.txt')).toBe('date 2021-11 Isra\u00ebl');
  });

  it('refuses a non-UTF-8 file with the offset of the bad byte', async () => {
    writeFiles(dir, { 'latin1.txt': Buffer.from('date 2021-11 Isra\xebl', 'latin1') });
    await expect(readOne('latin1.txt')).rejects.toThrow(EncodingError);
    await expect(readOne('latin1.txt')).rejects.toThrow(/latin1\.txt: not valid UTF-8 \(bad byte at offset 17\)/);
  });

  it('names UTF-16 text as an encoding problem', async () => {
    writeFiles(dir, { 'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('date 2021-11 Lede.', 'utf16le')]) });
    await expect(readOne('utf16.txt')).rejects.toThrow(/utf16\.txt: UTF-16 text; articles must be UTF-8/);
  });

  it('refuses a binary file', async () => {
    writeFiles(dir, { 'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) });
    await expect(readOne('image.txt')).rejects.toThrow(BinaryFileError);
  });

  it('refuses an empty or blank file', async () => {
    writeFiles(dir, { 'empty.txt': '', 'blank.txt': ' \n\u00a0\n' });
    await expect(readOne('empty.txt')).rejects.toThrow(EmptyFileError);
    await expect(readOne('blank.txt')).rejects.toThrow(EmptyFileError);
  });

  it('refuses a 50 MB file without reading it', async () => {
    const file = path.join(dir, 'huge.txt');
    writeFileSync(file, 'date 2021-11 ');
    truncateSync(file, 50 * 1024 * 1024);
    await expect(readOne('huge.txt')).rejects.toThrow(FileTooLargeError);
    await expect(readOne('huge.txt')).rejects.toThrow(/huge\.txt: file too large \(50\.0 MiB > limit 4\.0 MiB\)/);
  });

  it('applies a smaller limit when configured', async () => {
    writeFiles(dir, { 'a.txt': 'date 2021-11 Un lede assez long.' });
    const small = createCorpusReader({ maxBytes: 10 });
    const [entry] = await small.list(dir);
    await expect(small.readBytes(entry!)).rejects.toThrow(FileTooLargeError);
  });

  it('refuses an unreadable file (dangling link)', async () => {
    symlinkSync(path.join(dir, 'nowhere.txt'), path.join(dir, 'broken.txt'));
    await expect(readOne('broken.txt')).rejects.toThrow(UnreadableFileError);
    await expect(readOne('broken.txt')).rejects.toThrow(/broken\.txt: cannot open file: ENOENT/);
  });

  it('refuses a file that is not an article type', async () => {
    writeFiles(dir, { 'photo.jpg': 'x' });
    await expect(readOne('photo.jpg')).rejects.toThrow(UnsupportedFileError);
  });
});
