import { Kind } from 'graphql';
import { BytesScalar } from './scalars';

describe('Bytes scalar', () => {
  it.each([
    ['0', 0n],
    ['1073741824', 1073741824n],
    ['9223372036854775807', 9223372036854775807n],
    [42, 42n],
  ])('accepts %p', (input, expected) => {
    expect(BytesScalar.parseValue(input)).toBe(expected);
  });

  it.each([['-1'], ['1.5'], ['9223372036854775808'], [-3], [2 ** 53], [1.5], ['abc'], [''], [null], [true], [{}]])('rejects %p', (input) => {
    expect(() => BytesScalar.parseValue(input)).toThrow(/non-negative 64-bit/);
  });

  it('serializes as a decimal string', () => {
    expect(BytesScalar.serialize(2n ** 62n)).toBe('4611686018427387904');
  });

  it('parses literals', () => {
    expect(BytesScalar.parseLiteral({ kind: Kind.STRING, value: '10' }, {})).toBe(10n);
    expect(() => BytesScalar.parseLiteral({ kind: Kind.FLOAT, value: '1.5' }, {})).toThrow();
  });
});
