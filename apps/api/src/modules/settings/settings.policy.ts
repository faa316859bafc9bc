import { z } from 'zod';

/** Every setting, its type and its default. Stored as JSON text per key. */
export const settingsSchema = z.object({
  trackingEnabled: z.boolean(),
  retentionDays: z.number().int().min(0, '0 keeps samples forever').max(3650, 'At most 3650 days'),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { trackingEnabled: true, retentionDays: 90 };

export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.input<typeof settingsPatchSchema>;
