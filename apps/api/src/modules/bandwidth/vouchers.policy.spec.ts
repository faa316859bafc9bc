import { validate } from '../../platform/validation';
import { CODE_ALPHABET, freshCodes, generateVouchersSchema, parseValidity, randomCode, voucherExpiry } from './vouchers.policy';
import { routerLoginSchema, routerSideLogins } from './router-logins.policy';

/** A predictable "random" source: cycles through the given indexes. */
const seq = (...values: number[]) => {
  let i = 0;
  return (n: number) => values[i++ % values.length] % n;
};

describe('voucher codes', () => {
  it('use only unambiguous characters', () => {
    for (const c of '0oO1lIi') expect(CODE_ALPHABET).not.toContain(c);
    const code = randomCode(5000);
    expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{5000}$`));
    // every character of the alphabet shows up in a long enough code (the draw is uniform, not a subset)
    expect(new Set(code).size).toBe(CODE_ALPHABET.length);
  });

  it('have the asked length and the prefix', () => {
    const codes = freshCodes(50, 'hs', 6, new Set());
    expect(codes).toHaveLength(50);
    expect(new Set(codes).size).toBe(50);
    for (const c of codes) expect(c).toMatch(/^hs[a-z2-9]{6}$/);
  });

  it('are drawn again when taken or repeated', () => {
    // indexes 0,0,0,0 → "aaaa" (taken), then 1s → "bbbb" twice (repeat), then 2s → "cccc"
    const random = seq(0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2);
    expect(freshCodes(2, '', 4, new Set(['aaaa']), random)).toEqual(['bbbb', 'cccc']);
  });

  it('give up instead of looping forever on a source that cannot fill the batch', () => {
    expect(() => freshCodes(2, '', 4, new Set(), () => 0)).toThrow(/distinct/);
  });
});

describe('validity', () => {
  it.each([
    ['30m', 1800],
    ['12h', 43_200],
    ['30d', 2_592_000],
    ['1w', 604_800],
    [' 2D ', 172_800],
  ])('%p is %p seconds', (text, seconds) => expect(parseValidity(text)).toBe(seconds));

  it.each(['soon', '', '0d', '1y', '1.5h', '-1d', '99999w', 'd'])('%p is not one', (text) => expect(parseValidity(text)).toBeNull());

  it('expiry is now + validity, none without', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    expect(voucherExpiry(now, 3600)?.toISOString()).toBe('2030-01-01T01:00:00.000Z');
    expect(voucherExpiry(now, null)).toBeNull();
  });
});

describe('generateVouchersSchema', () => {
  const base = { routerId: 1, count: 20 };
  it('fills defaults', () => {
    expect(validate(generateVouchersSchema, base)).toMatchObject({ prefix: '', codeLength: 8 });
    expect(validate(generateVouchersSchema, { ...base, validity: '1w' }).validity).toBe(604_800);
  });

  it.each([
    [{ count: 0 }, 'count'],
    [{ count: 1001 }, 'count'],
    [{ count: 2.5 }, 'count'],
    [{ prefix: 'A B' }, 'prefix'],
    [{ prefix: 'toolongpfx' }, 'prefix'],
    [{ codeLength: 3 }, 'codeLength'],
    [{ codeLength: 17 }, 'codeLength'],
    [{ validity: 'soon' }, 'validity'],
    [{ dataLimit: -1n }, 'dataLimit'],
    [{ count: 1000, dataLimit: 2n ** 62n }, 'dataLimit'],
  ])('refuses %p (field %s)', (patch, field) => {
    expect(() => validate(generateVouchersSchema, { ...base, ...patch })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { fields: expect.objectContaining({ [field]: expect.any(String) }) } }));
  });
});

describe('router logins', () => {
  it('passwords are 1–64 printable characters', () => {
    expect(validate(routerLoginSchema, { routerId: 1, password: 'a b!' })).toMatchObject({ kind: 'HOTSPOT', password: 'a b!' });
    for (const password of ['', 'x'.repeat(65), 'tab\there', 'ünï']) expect(() => validate(routerLoginSchema, { routerId: 1, password })).toThrow(/password/);
  });

  it('import skips dynamic entries and reads limits and MACs', () => {
    const found = routerSideLogins(
      [
        { name: 'default-trial', dynamic: 'true' },
        { name: 'ann', profile: 'default', 'limit-bytes-total': '1073741824', 'mac-address': 'AA:BB:CC:00:00:01' },
        { name: 'bob', 'limit-bytes-total': '0' },
      ],
      [{ name: 'carol', profile: 'pppoe', service: 'pppoe' }],
    );
    expect(found).toEqual([
      { kind: 'HOTSPOT', name: 'ann', profile: 'default', dataLimit: 1073741824n, macAddress: 'AA:BB:CC:00:00:01' },
      { kind: 'HOTSPOT', name: 'bob', profile: null, dataLimit: null, macAddress: null },
      { kind: 'PPP', name: 'carol', profile: 'pppoe', dataLimit: null, macAddress: null },
    ]);
  });
});
