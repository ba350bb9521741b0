/**
 * Typed arrays and a little JSON in one BLOB, read back as views on the BLOB's own memory: what a
 * search needs beyond FTS5 is stored at commit time, so a reader opens it in milliseconds instead
 * of rebuilding it from every row.
 *
 * Layout: u32 header length, the header (JSON: `extra` and each array's type, byte offset,
 * length and capacity), then each array's bytes (and zeroed room up to its capacity) at an offset
 * aligned to 8.
 */

export type PackedArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;

const CONSTRUCTORS = { Uint8Array, Uint16Array, Uint32Array, Int32Array, Float64Array } as const;
type ArrayType = keyof typeof CONSTRUCTORS;

interface Section {
  name: string;
  type: ArrayType;
  offset: number;
  length: number;
  /** Elements stored, the room past `length` included (absent: no room). */
  capacity?: number;
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

/**
 * Elements an array may grow to in place: the memory past its end up to there is its own (zeroed
 * room packed after it, or allocated with it), so appending rows does not copy the array.
 */
const capacities = new WeakMap<PackedArray, number>();

/**
 * `array` lengthened to `length` on the same memory (the elements past its old end zeroed), or
 * null when its room is too small. The shorter array is unchanged: it does not see past its end.
 */
export function growInPlace<T extends PackedArray>(array: T, length: number): T | null {
  const capacity = capacities.get(array) ?? array.length;
  if (length > capacity) return null;
  const Constructor = array.constructor as new (buffer: ArrayBuffer, byteOffset: number, length: number) => T;
  const grown = new Constructor(array.buffer as ArrayBuffer, array.byteOffset, length);
  grown.fill(0, array.length);
  capacities.set(grown, capacity);
  return grown;
}

/** A zeroed array of `length` elements with `room` more to grow into in place. */
export function allocateWithRoom<T extends PackedArray>(Constructor: new (length: number) => T, length: number, room: number): T {
  const array = new Constructor(length + room).subarray(0, length) as T;
  capacities.set(array, length + room);
  return array;
}

/** Packs named typed arrays and a JSON value into one buffer, `room(name, length)` zeroed elements after each array. */
export function packArrays(
  arrays: Record<string, PackedArray>,
  extra: unknown,
  room: (name: string, length: number) => number = () => 0,
): Buffer {
  const sections: Section[] = [];
  let offset = 0;
  for (const [name, array] of Object.entries(arrays)) {
    const capacity = array.length + room(name, array.length);
    sections.push({ name, type: typeOf(array), offset, length: array.length, ...(capacity > array.length ? { capacity } : {}) });
    offset = align8(offset + capacity * array.BYTES_PER_ELEMENT);
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
 * the buffer does not start at an 8-byte boundary), so they live as long as any of them does;
 * each may grow in place into the room packed after it (`growInPlace`).
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
  for (const { name, type, offset, length, capacity = length } of header.sections) {
    const Constructor = CONSTRUCTORS[type];
    const end = dataStart + offset + Math.max(length, capacity) * Constructor.BYTES_PER_ELEMENT;
    if (end > buffer.byteLength) throw new PackedArraysError(`packed arrays: ${name} runs past the end`);
    const array = new Constructor(buffer.buffer as ArrayBuffer, buffer.byteOffset + dataStart + offset, length);
    if (capacity > length) capacities.set(array, capacity);
    arrays[name] = array;
  }
  return { arrays, extra: header.extra };
}
