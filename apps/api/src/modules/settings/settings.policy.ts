import { z } from 'zod';
import { timeZoneSchema } from '../cycles';

const webhookUrl = z
  .string()
  .trim()
  .max(500, 'At most 500 characters')
  .url('A URL like https://example.com/hooks/traffic')
  .refine((u) => /^https?:\/\//i.test(u), 'Only http:// or https:// URLs');

/** Every setting, its type and its default. Stored as JSON text per key. */
export const settingsSchema = z.object({
  trackingEnabled: z.boolean(),
  retentionDays: z.number().int().min(0, '0 keeps samples forever').max(3650, 'At most 3650 days'),
  /** How often every agent is checked against its limit (besides right after each ingest). */
  enforcementIntervalMinutes: z.number().int().min(1, 'At least 1 minute').max(1440, 'At most 1440 minutes (a day)'),
  /** Where alerts are POSTed; null = no outgoing webhook. */
  alertWebhookUrl: webhookUrl.nullable(),
  /** HMAC key for the outgoing webhook's signature; never returned by the API. */
  alertWebhookSecret: z.string().min(16, 'At least 16 characters').max(200, 'At most 200 characters').nullable(),
  /** Whether agents may reset their own users' period usage (their charged usage never moves with it). */
  agentsCanResetUsers: z.boolean(),
  /** The zone new users, agents and schedules get when none is given. */
  timeZone: timeZoneSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  trackingEnabled: true,
  retentionDays: 90,
  enforcementIntervalMinutes: 5,
  alertWebhookUrl: null,
  alertWebhookSecret: null,
  agentsCanResetUsers: true,
  timeZone: 'UTC',
};

/** An empty URL or secret from a form means "none". */
const emptyIsNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

export const settingsPatchSchema = settingsSchema
  .extend({
    alertWebhookUrl: z.preprocess(emptyIsNull, settingsSchema.shape.alertWebhookUrl),
    alertWebhookSecret: z.preprocess(emptyIsNull, settingsSchema.shape.alertWebhookSecret),
  })
  .partial();
export type SettingsPatch = z.input<typeof settingsPatchSchema>;
