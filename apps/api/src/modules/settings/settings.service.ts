import { DataSource } from 'typeorm';
import { Actor, actorId, isAdmin } from '../../platform/auth/actor';
import { inTransaction } from '../../platform/db/transaction';
import { badInput, forbidden } from '../../platform/errors/domain-error';
import { validate } from '../../platform/validation';
import { SettingEntity } from './setting.entity';
import { DEFAULT_SETTINGS, Settings, SettingsPatch, settingsPatchSchema, settingsSchema } from './settings.policy';

/** Settings live in the database so every API instance and worker sees the same values. */
export class SettingsService {
  /** Read on every ingest request: a short cache keeps that off the database. */
  private cache: { value: Settings; at: number } | null = null;
  private static readonly CACHE_MS = 2000;

  private readonly listeners: ((next: Settings, changed: (keyof Settings)[]) => Promise<void> | void)[] = [];

  constructor(private readonly ds: DataSource) {}

  /** Called after an update commits, with the keys it set (e.g. to reschedule a job). */
  onChange(listener: (next: Settings, changed: (keyof Settings)[]) => Promise<void> | void): void {
    this.listeners.push(listener);
  }

  async get(now = Date.now()): Promise<Settings> {
    if (this.cache && now - this.cache.at < SettingsService.CACHE_MS) return this.cache.value;
    const rows = await this.ds.getRepository(SettingEntity).find();
    const stored: Record<string, unknown> = {};
    for (const r of rows) {
      try {
        stored[r.key] = JSON.parse(r.value);
      } catch {
        // A hand-edited, unreadable value falls back to its default.
      }
    }
    const merged = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...stored });
    const value = merged.success ? merged.data : DEFAULT_SETTINGS;
    this.cache = { value, at: now };
    return value;
  }

  async update(actor: Actor, patch: SettingsPatch): Promise<Settings> {
    if (!isAdmin(actor)) throw forbidden('Only admins change settings');
    const data = validate(settingsPatchSchema, patch);
    const entries = Object.entries(data).filter(([, v]) => v !== undefined);
    this.cache = null;
    const merged = { ...(await this.get()), ...Object.fromEntries(entries) } as Settings;
    if (merged.alertWebhookUrl && !merged.alertWebhookSecret) {
      throw badInput('The alert webhook needs a signing secret (at least 16 characters)', { fields: { alertWebhookSecret: 'Required with a webhook URL' } });
    }
    await inTransaction(this.ds, async (m) => {
      for (const [key, value] of entries) {
        await m.upsert(SettingEntity, { key, value: JSON.stringify(value), updatedById: actorId(actor) }, ['key']);
      }
    });
    this.cache = null;
    const next = await this.get();
    for (const listener of this.listeners) await listener(next, entries.map(([k]) => k as keyof Settings));
    return next;
  }
}
