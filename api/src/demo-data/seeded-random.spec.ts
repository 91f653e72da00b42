import { describe, expect, it } from '@jest/globals';
import { SeededRandom } from './seeded-random.js';

describe('SeededRandom', () => {
  it('repeats the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: number): number[] => {
      const random = new SeededRandom(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('keeps integers within both bounds and reaches each of them', () => {
    const random = new SeededRandom(1);
    const values = new Set(Array.from({ length: 500 }, () => random.int(1, 4)));
    expect([...values].sort()).toEqual([1, 2, 3, 4]);
  });

  it('draws version-4 UUIDs that PostgreSQL accepts', () => {
    const uuid = new SeededRandom(7).uuid();
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('samples distinct items and refuses to pick from nothing', () => {
    const random = new SeededRandom(3);
    const sample = random.sample(['a', 'b', 'c', 'd'], 3);
    expect(new Set(sample).size).toBe(3);
    expect(() => random.pick([])).toThrow(RangeError);
  });
});
