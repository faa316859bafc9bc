import { cycleInputSchema } from '../cycles';
import { overLimitActionSchema, throttleProfileIdSchema } from './over-limit.guard';
import { z } from 'zod';
import { AccountStatus, MAX_BYTES, QuotaMode, passwordSchema, usernameSchema } from '@tm/shared';

const bytes = z.bigint().min(0n).max(MAX_BYTES);

export const createAgentSchema = z.object({
  username: usernameSchema,
  password: passwordSchema,
  trafficLimit: bytes.nullable().optional(),
  quotaMode: z.enum([QuotaMode.USAGE, QuotaMode.ALLOCATION]).default(QuotaMode.USAGE),
  maxUsers: z.number().int().min(0).max(1_000_000).nullable().optional(),
  overLimitAction: overLimitActionSchema.default('SUSPEND'),
  throttleProfileId: throttleProfileIdSchema.optional(),
  ...cycleInputSchema.shape,
});
export type CreateAgentData = z.input<typeof createAgentSchema>;

export const updateAgentSchema = z.object({
  password: passwordSchema.optional(),
  status: z.enum([AccountStatus.ACTIVE, AccountStatus.DISABLED]).optional(),
  maxUsers: z.number().int().min(0).max(1_000_000).nullable().optional(),
  quotaMode: z.enum([QuotaMode.USAGE, QuotaMode.ALLOCATION]).optional(),
  overLimitAction: overLimitActionSchema.optional(),
  throttleProfileId: throttleProfileIdSchema.optional(),
  ...cycleInputSchema.shape,
});
export type UpdateAgentData = z.input<typeof updateAgentSchema>;

export const trafficLimitSchema = bytes.nullable();
