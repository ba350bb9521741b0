/** Reads a GNU gettext .mo catalog (msgid → msgstr), little- or big-endian. */
export function readMoCatalog(buffer: Buffer): Map<string, string> {
  const magic = buffer.readUInt32LE(0);
  const little = magic === 0x950412de;
  if (!little && magic !== 0xde120495) throw new Error('not a gettext .mo file');
  const u32 = (offset: number) => (little ? buffer.readUInt32LE(offset) : buffer.readUInt32BE(offset));
  const count = u32(8);
  const originals = u32(12);
  const translations = u32(16);
  const entries = new Map<string, string>();
  const read = (table: number, i: number) => {
    const length = u32(table + i * 8);
    const offset = u32(table + i * 8 + 4);
    return buffer.toString('utf8', offset, offset + length);
  };
  for (let i = 0; i < count; i++) entries.set(read(originals, i), read(translations, i));
  return entries;
}
