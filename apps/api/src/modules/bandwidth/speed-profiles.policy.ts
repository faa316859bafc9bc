import { z } from 'zod';
import { parseRate } from '@tm/shared';

const rate = (label: string) =>
  z.union([z.string(), z.number()]).transform((v, ctx) => {
    const bps = parseRate(v);
    if (bps === null) {
      ctx.addIssue({ code: 'custom', message: `${label} must be a speed like 512K, 2M or 1G (bits per second)` });
      return z.NEVER;
    }
    return bps;
  });

const name = z.string().trim().min(1, 'Required').max(50, 'At most 50 characters');
const price = z.number().min(0, 'Not negative').max(1e9, 'Too large').nullable();
/** "30m", "1h", "2d", "1w": how long a voucher of the tier lasts. */
const validity = z.string().trim().regex(/^\d{1,4}[mhdw]$/, 'Like 30m, 1h, 2d or 1w').nullable();

export const upRate = rate('Upload');
export const downRate = rate('Download');

export const createProfileSchema = z.object({ name, up: upRate, down: downRate, price: price.optional(), validity: validity.optional() });
export type CreateProfileData = z.input<typeof createProfileSchema>;

export const updateProfileSchema = z.object({
  name: name.optional(),
  up: upRate.optional(),
  down: downRate.optional(),
  price: price.optional(),
  validity: validity.optional(),
});
export type UpdateProfileData = z.input<typeof updateProfileSchema>;
