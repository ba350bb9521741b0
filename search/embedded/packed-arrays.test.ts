import { describe, expect, it } from 'vitest';
import { allocateWithRoom, growInPlace, packArrays, PackedArraysError, unpackArrays } from './packed-arrays';

describe('packed arrays', () => {
  const arrays = {
    bytes: Uint8Array.from([1, 2, 3]),
    shorts: Uint16Array.from([65_535, 0, 7]),
    words: Uint32Array.from([4_000_000_000, 1]),
    rows: Int32Array.from([-5, 12, 0, 99]),
    empty: new Int32Array(0),
    floats: Float64Array.from([0.5, -1e300]),
  };

  it('gives back every array, with its type and values, and the JSON beside them', () => {
    const { arrays: back, extra } = unpackArrays(packArrays(arrays, { size: 3, names: ['é', 'Benny Gantz'] }));
    expect(extra).toEqual({ size: 3, names: ['é', 'Benny Gantz'] });
    for (const [name, array] of Object.entries(arrays)) {
      expect(back[name]!.constructor, name).toBe(array.constructor);
      expect(Array.from(back[name]!), name).toEqual(Array.from(array));
    }
  });

  it('reads views of the stored buffer, and copies a buffer that is not 8-byte aligned', () => {
    const packed = packArrays(arrays, null);
    const aligned = unpackArrays(packed).arrays.rows!;
    expect(aligned.buffer).toBe(packed.buffer);
    const shifted = new Uint8Array(packed.length + 3).subarray(3);
    shifted.set(packed);
    expect(Array.from(unpackArrays(shifted).arrays.rows!)).toEqual([-5, 12, 0, 99]);
  });

  it('leaves room after the arrays asked for, which they grow into in place without changing the shorter view', () => {
    const packed = packArrays(arrays, null, (name) => (name === 'rows' ? 3 : 0));
    const { rows, words } = unpackArrays(packed).arrays as { rows: Int32Array; words: Uint32Array };
    expect(Array.from(rows)).toEqual([-5, 12, 0, 99]);
    const grown = growInPlace(rows, 7)!;
    expect(grown.buffer).toBe(rows.buffer);
    expect(Array.from(grown)).toEqual([-5, 12, 0, 99, 0, 0, 0]);
    grown[6] = 42;
    expect(Array.from(rows)).toEqual([-5, 12, 0, 99]);
    // Grown again from the shorter view (a retried commit): what an earlier growth left is zeroed.
    expect(Array.from(growInPlace(rows, 7)!)).toEqual([-5, 12, 0, 99, 0, 0, 0]);
    expect(growInPlace(rows, 8)).toBeNull();
    expect(growInPlace(words, 3)).toBeNull();
    // The room does not disturb the arrays after it.
    expect(Array.from(unpackArrays(packed).arrays.floats!)).toEqual([0.5, -1e300]);
    const allocated = allocateWithRoom(Uint16Array, 2, 2);
    expect(allocated.length).toBe(2);
    expect(growInPlace(allocated, 4)!.buffer).toBe(allocated.buffer);
  });

  it('refuses a truncated buffer', () => {
    const packed = packArrays(arrays, null);
    expect(() => unpackArrays(packed.subarray(0, packed.length - 16))).toThrow(PackedArraysError);
  });
});
