import { formatBitsPerSecond, formatRate, parseRate, parseRouterOsPair, routerOsPair } from './rates';

describe('parseRate', () => {
  it.each([
    ['512K', 512_000],
    ['512k', 512_000],
    ['1M', 1_000_000],
    ['2m', 2_000_000],
    ['1.5M', 1_500_000],
    ['1G', 1_000_000_000],
    ['64000', 64_000],
    [' 10M ', 10_000_000],
    [2_000_000, 2_000_000],
  ])('%p → %p', (input, bps) => expect(parseRate(input)).toBe(bps));

  it.each(['', 'fast', '2 Mbps', '-1M', '0', '0K', '1T', '2M/1M', '1e6', '1.23456M', '200G', 1.5, -5, 0])('%p is refused', (input) =>
    expect(parseRate(input)).toBeNull(),
  );
});

describe('formatRate', () => {
  it.each([
    [512_000, '512K'],
    [1_000_000, '1M'],
    [10_000_000, '10M'],
    [1_500_000, '1500K'],
    [1_000_000_000, '1G'],
    [1234, '1234'],
  ])('%p → %p', (bps, text) => expect(formatRate(bps)).toBe(text));

  it('round-trips through parseRate', () => {
    for (const bps of [1, 999, 1000, 512_000, 1_500_000, 7_000_000_000]) expect(parseRate(formatRate(bps))).toBe(bps);
  });
});

describe('RouterOS pairs', () => {
  it('puts upload first', () => expect(routerOsPair(512_000, 2_000_000)).toBe('512000/2000000'));
  it('reads what RouterOS prints', () => {
    expect(parseRouterOsPair('512000/2000000')).toEqual([512_000, 2_000_000]);
    expect(parseRouterOsPair('0/0')).toEqual([0, 0]);
    expect(parseRouterOsPair('2M/1M')).toBeNull();
    expect(parseRouterOsPair(undefined)).toBeNull();
  });
});

describe('formatBitsPerSecond', () => {
  it.each([
    [0, '0 bps'],
    [800, '800 bps'],
    [1_536_000, '1.54 Mbps'],
    [2_000_000_000, '2.00 Gbps'],
  ])('%p → %p', (bps, text) => expect(formatBitsPerSecond(bps)).toBe(text));
});
