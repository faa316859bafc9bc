import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { MAX_BYTES } from '@tm/shared';

/**
 * Letters and digits nobody misreads on a printed voucher: no 0/o/O, 1/l/I/i. Lower case only, so a code
 * is the same on MySQL's case-insensitive usernames and on the router's case-sensitive logins.
 */
export const CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export const MAX_VOUCHERS = 1000;
export const DEFAULT_CODE_LENGTH = 8;
/** Generated login passwords (createUser's router login without one). */
export const PASSWORD_LENGTH = 8;
/** The longest validity a voucher may have: validity_seconds is a 32-bit column. */
export const MAX_VALIDITY_SECONDS = 10 * 366 * 86_400;

/** A source of uniform integers in [0, n): crypto by default, injected by specs. */
export type RandomInt = (n: number) => number;
const cryptoInt: RandomInt = (n) => randomInt(n);

/** A random code of `length` characters from the unambiguous alphabet. */
export function randomCode(length: number, random: RandomInt = cryptoInt): string {
  let code = '';
  for (let i = 0; i < length; i++) code += CODE_ALPHABET[random(CODE_ALPHABET.length)];
  return code;
}

/**
 * `count` distinct codes, each `prefix` + a random part, none of them in `taken`. Clashes (with `taken`
 * or with each other) are drawn again; the caller re-checks what is returned against the database.
 */
export function freshCodes(count: number, prefix: string, length: number, taken: ReadonlySet<string>, random: RandomInt = cryptoInt): string[] {
  const out = new Set<string>();
  // 31^4 ≈ 923k: even the shortest codes leave room for 1000; a cap stops a pathological `random`.
  for (let tries = 0; out.size < count; tries++) {
    if (tries > count * 100) throw new Error('Could not draw enough distinct voucher codes');
    const code = prefix + randomCode(length, random);
    if (!taken.has(code)) out.add(code);
  }
  return [...out];
}

const UNIT_SECONDS: Record<string, number> = { m: 60, h: 3600, d: 86_400, w: 604_800 };

/** "30m", "12h", "30d", "1w" (as speed profiles write validity) in seconds; null when it isn't one. */
export function parseValidity(text: string): number | null {
  const m = /^(\d{1,5})([mhdw])$/.exec(text.trim().toLowerCase());
  if (!m) return null;
  const seconds = Number(m[1]) * UNIT_SECONDS[m[2]];
  return seconds > 0 && seconds <= MAX_VALIDITY_SECONDS ? seconds : null;
}

const validity = z
  .string()
  .transform((v, ctx) => {
    const seconds = parseValidity(v);
    if (seconds === null) {
      ctx.addIssue({ code: 'custom', message: 'Like 30m, 12h, 30d or 1w (at most 10 years)' });
      return z.NEVER;
    }
    return seconds;
  })
  .nullable();

export const generateVouchersSchema = z
  .object({
    routerId: z.number().int().positive(),
    agentId: z.number().int().positive().optional(),
    count: z.number().int('A whole number').min(1, 'At least 1').max(MAX_VOUCHERS, `At most ${MAX_VOUCHERS}`),
    speedProfileId: z.number().int().positive().optional(),
    dataLimit: z.bigint().min(0n).max(MAX_BYTES).nullable().optional(),
    /** Seconds; absent = the speed profile's validity, if it has one. */
    validity: validity.optional(),
    prefix: z.string().regex(/^[a-z0-9]{0,8}$/, 'Up to 8 lower-case letters or digits').default(''),
    codeLength: z.number().int().min(4, 'At least 4').max(16, 'At most 16').default(DEFAULT_CODE_LENGTH),
  })
  .refine((d) => d.dataLimit === undefined || d.dataLimit === null || d.dataLimit * BigInt(d.count) <= MAX_BYTES, {
    message: 'count × dataLimit is more bytes than can be counted',
    path: ['dataLimit'],
  });
export type GenerateVouchersData = z.input<typeof generateVouchersSchema>;

/** When a voucher made now stops working; null without a validity. */
export const voucherExpiry = (now: Date, validitySeconds: number | null): Date | null =>
  validitySeconds === null ? null : new Date(now.getTime() + validitySeconds * 1000);
