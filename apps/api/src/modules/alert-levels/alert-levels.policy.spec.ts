import { levelFor, newlyCrossed, rearmedLevel } from './alert-levels.policy';

const GB = 1024n ** 3n;

describe('alert thresholds', () => {
  it('finds the highest threshold reached, exactly at the line', () => {
    expect(levelFor(0n, 100n)).toBe(0);
    expect(levelFor(74n, 100n)).toBe(0);
    expect(levelFor(75n, 100n)).toBe(75);
    expect(levelFor(10n * GB - 1n, 10n * GB)).toBe(90);
    expect(levelFor(10n * GB, 10n * GB)).toBe(100);
    expect(levelFor(5n, null)).toBe(0);
    expect(levelFor(0n, 0n)).toBe(100);
  });

  it('raises each crossed threshold once, lowest first', () => {
    expect(newlyCrossed(80n, 100n, 0)).toEqual([75]);
    expect(newlyCrossed(95n, 100n, 75)).toEqual([90]);
    expect(newlyCrossed(100n, 100n, 0)).toEqual([75, 90, 100]);
    expect(newlyCrossed(100n, 100n, 100)).toEqual([]);
    expect(newlyCrossed(50n, 100n, 0)).toEqual([]);
    expect(newlyCrossed(50n, null, 0)).toEqual([]);
  });

  it('stays exact past 2^53 bytes', () => {
    const limit = 2n ** 60n;
    expect(newlyCrossed((limit * 3n) / 4n - 1n, limit, 0)).toEqual([]);
    expect(newlyCrossed((limit * 3n) / 4n, limit, 0)).toEqual([75]);
  });

  it('re-arms the thresholds a raised limit puts back out of reach', () => {
    expect(rearmedLevel(100, 10n * GB, 20n * GB)).toBe(0);
    expect(rearmedLevel(100, 16n * GB, 20n * GB)).toBe(75);
    expect(rearmedLevel(75, 10n * GB, 10n * GB)).toBe(75);
    expect(rearmedLevel(0, 10n * GB, 5n * GB)).toBe(0);
  });
});
