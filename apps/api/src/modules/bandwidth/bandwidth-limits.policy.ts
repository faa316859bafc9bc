import { z } from 'zod';
import { macSchema, normalizeMac } from '@tm/shared';
import { downRate, upRate } from './speed-profiles.policy';

const id = z.number().int().positive();

/** Who gets the limit (a user or a MAC) and where. */
export const targetSchema = z
  .object({ routerId: id, userId: id.optional(), macAddress: macSchema.transform(normalizeMac).optional() })
  .refine((t) => (t.userId === undefined) !== (t.macAddress === undefined), { message: 'Give exactly one of userId or macAddress', path: ['userId'] });
export type BandwidthTargetData = z.input<typeof targetSchema>;

/** The speeds: a profile, or both rates in RouterOS form. */
export const limitSchema = z
  .object({
    routerId: id,
    userId: id.optional(),
    macAddress: macSchema.transform(normalizeMac).optional(),
    profileId: id.optional(),
    up: upRate.optional(),
    down: downRate.optional(),
  })
  .refine((t) => (t.userId === undefined) !== (t.macAddress === undefined), { message: 'Give exactly one of userId or macAddress', path: ['userId'] })
  .refine((t) => (t.profileId !== undefined ? t.up === undefined && t.down === undefined : t.up !== undefined && t.down !== undefined), {
    message: 'Give a profileId, or both up and down',
    path: ['profileId'],
  });
export type BandwidthLimitData = z.input<typeof limitSchema>;
