import { formatBytes, gbToBytes, parseBytes, percentOf } from './bytes';

describe('bytes', () => {
  it.each([
    [0n, '0 B'],
    [1023n, '1023 B'],
    [1536n, '1.50 KB'],
    [1073741824n, '1.00 GB'],
    ['5368709120', '5.00 GB'],
    [2n ** 60n, '1.00 EB'],
  ])('formats %p as %s', (n, text) => expect(formatBytes(n)).toBe(text));

  it('converts GB from forms exactly', () => {
    expect(gbToBytes('1')).toBe(1073741824n);
    expect(gbToBytes('0.5')).toBe(536870912n);
    expect(gbToBytes('-1')).toBeNull();
    expect(gbToBytes('abc')).toBeNull();
  });

  it('parses only non-negative 64-bit integers', () => {
    expect(parseBytes('9223372036854775807')).toBe(9223372036854775807n);
    expect(parseBytes('9223372036854775808')).toBeNull();
    expect(parseBytes(-1)).toBeNull();
  });

  it('computes percentages', () => {
    expect(percentOf(50n, 200n)).toBe(25);
    expect(percentOf(1n, null)).toBeNull();
    expect(percentOf(0n, 0n)).toBe(100);
  });
});
