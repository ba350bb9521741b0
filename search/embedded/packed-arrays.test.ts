import { describe, expect, it } from 'vitest';
import { packArrays, PackedArraysError, unpackArrays } from './packed-arrays';

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

  it('refuses a truncated buffer', () => {
    const packed = packArrays(arrays, null);
    expect(() => unpackArrays(packed.subarray(0, packed.length - 16))).toThrow(PackedArraysError);
  });
});
