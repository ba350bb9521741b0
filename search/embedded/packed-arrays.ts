/**
 * Typed arrays and a little JSON in one BLOB, read back as views on the BLOB's own memory: what a
 * search needs beyond FTS5 is stored at commit time, so a reader opens it in milliseconds instead
 * of rebuilding it from every row.
 *
 * Layout: u32 header length, the header (JSON: `extra` and each array's type, byte offset and
 * length), then each array's bytes at an offset aligned to 8.
 */

export type PackedArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;

const CONSTRUCTORS = { Uint8Array, Uint16Array, Uint32Array, Int32Array, Float64Array } as const;
type ArrayType = keyof typeof CONSTRUCTORS;

interface Section {
  name: string;
  type: ArrayType;
  offset: number;
  length: number;
}

interface Header {
  extra: unknown;
  sections: Section[];
}

export class PackedArraysError extends Error {
  override name = 'PackedArraysError';
}

const align8 = (n: number) => (n + 7) & ~7;

function typeOf(array: PackedArray): ArrayType {
  const type = array.constructor.name;
  if (!(type in CONSTRUCTORS)) throw new PackedArraysError(`cannot pack a ${type}`);
  return type as ArrayType;
}

/** Packs named typed arrays and a JSON value into one buffer. */
export function packArrays(arrays: Record<string, PackedArray>, extra: unknown): Buffer {
  const sections: Section[] = [];
  let offset = 0;
  for (const [name, array] of Object.entries(arrays)) {
    sections.push({ name, type: typeOf(array), offset, length: array.length });
    offset = align8(offset + array.byteLength);
  }
  const header = Buffer.from(JSON.stringify({ extra, sections } satisfies Header), 'utf8');
  const dataStart = align8(4 + header.length);
  const packed = Buffer.alloc(dataStart + offset);
  packed.writeUInt32LE(header.length, 0);
  header.copy(packed, 4);
  for (const section of sections) {
    const array = arrays[section.name]!;
    packed.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), dataStart + section.offset);
  }
  return packed;
}

/**
 * The arrays and JSON value of a packed buffer. Arrays are views on `packed` (copied only when
 * the buffer does not start at an 8-byte boundary), so they live as long as any of them does.
 */
export function unpackArrays(packed: Uint8Array): { arrays: Record<string, PackedArray>; extra: unknown } {
  let buffer = packed;
  if (buffer.byteOffset % 8 !== 0) buffer = new Uint8Array(packed);
  if (buffer.byteLength < 4) throw new PackedArraysError('packed arrays: truncated');
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const headerLength = view.getUint32(0, true);
  const header = JSON.parse(Buffer.from(buffer.buffer, buffer.byteOffset + 4, headerLength).toString('utf8')) as Header;
  const dataStart = align8(4 + headerLength);
  const arrays: Record<string, PackedArray> = {};
  for (const { name, type, offset, length } of header.sections) {
    const Constructor = CONSTRUCTORS[type];
    const end = dataStart + offset + length * Constructor.BYTES_PER_ELEMENT;
    if (end > buffer.byteLength) throw new PackedArraysError(`packed arrays: ${name} runs past the end`);
    arrays[name] = new Constructor(buffer.buffer as ArrayBuffer, buffer.byteOffset + dataStart + offset, length);
  }
  return { arrays, extra: header.extra };
}
