import { z } from 'zod';
import { cycleInputSchema } from '../cycles';
import { overLimitActionSchema, throttleProfileIdSchema } from '../accounts';
import { MAX_BYTES, UserStatus, macSchema, normalizeMac, usernameSchema } from '@tm/shared';

const bytes = z.bigint().min(0n).max(MAX_BYTES);
const mac = macSchema.transform(normalizeMac);

export const createUserSchema = z.object({
  username: usernameSchema,
  dataLimit: bytes.nullable().optional(),
  expiresAt: z.date().nullable().optional(),
  agentId: z.number().int().positive().optional(),
  macAddress: mac.nullable().optional(),
  overLimitAction: overLimitActionSchema.nullable().optional(),
  throttleProfileId: throttleProfileIdSchema.optional(),
  ...cycleInputSchema.shape,
});
export type CreateUserData = z.input<typeof createUserSchema>;

export const updateUserSchema = z.object({
  dataLimit: bytes.nullable().optional(),
  expiresAt: z.date().nullable().optional(),
  status: z
    .enum([UserStatus.ACTIVE, UserStatus.DISABLED], { message: 'Only ACTIVE or DISABLED can be set by hand' })
    .optional(),
  macAddress: mac.nullable().optional(),
  overLimitAction: overLimitActionSchema.nullable().optional(),
  throttleProfileId: throttleProfileIdSchema.optional(),
  ...cycleInputSchema.shape,
});
/** Status is typed wide on purpose: the schema, not the caller's type, rejects LIMITED/EXPIRED/SUSPENDED. */
export type UpdateUserData = Omit<z.input<typeof updateUserSchema>, 'status'> & { status?: UserStatus };

export const userFilterSchema = z.object({
  search: z.string().trim().max(100).optional(),
  status: z.enum(Object.values(UserStatus) as [UserStatus, ...UserStatus[]]).optional(),
  agentId: z.number().int().positive().optional(),
});
export type UserFilterData = z.input<typeof userFilterSchema>;

/** Escapes LIKE wildcards (with `!`, which MySQL and SQLite read alike) so "a_b" matches only that text. */
export const LIKE_ESCAPE = '!';
export const likePattern = (text: string): string => `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
