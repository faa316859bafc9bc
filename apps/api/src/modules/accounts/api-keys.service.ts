import { DataSource, IsNull, Repository } from 'typeorm';
import { z } from 'zod';
import type { Actor } from '../../platform/auth/actor';
import { generateApiKey } from '../../platform/auth/api-key-secret';
import { forbidden, notFound } from '../../platform/errors/domain-error';
import { inTransaction } from '../../platform/db/transaction';
import { validate } from '../../platform/validation';
import { ApiKeyEntity } from './api-key.entity';

const nameSchema = z.string().trim().min(1, 'Required').max(100, 'At most 100 characters');
const MAX_ACTIVE_KEYS = 50;

/** Keys for integrators: each acts as the account that made it, with its role. */
export class ApiKeysService {
  private readonly keys: Repository<ApiKeyEntity>;

  constructor(private readonly ds: DataSource) {
    this.keys = ds.getRepository(ApiKeyEntity);
  }

  async create(actor: Actor, name: string): Promise<{ apiKey: ApiKeyEntity; secret: string }> {
    const accountId = this.ownerOf(actor);
    const clean = validate(nameSchema, name);
    const active = await this.keys.countBy({ accountId, revokedAt: IsNull() });
    if (active >= MAX_ACTIVE_KEYS) throw forbidden(`At most ${MAX_ACTIVE_KEYS} active API keys per account`);
    const { secret, prefix, hash } = generateApiKey();
    const apiKey = this.keys.create({ accountId, name: clean, prefix, keyHash: hash, lastUsedAt: null, revokedAt: null });
    await inTransaction(this.ds, (m) => m.insert(ApiKeyEntity, apiKey));
    return { apiKey: (await this.keys.findOneBy({ id: apiKey.id }))!, secret };
  }

  list(actor: Actor): Promise<ApiKeyEntity[]> {
    return this.keys.find({ where: { accountId: this.ownerOf(actor) }, order: { id: 'DESC' } });
  }

  async revoke(actor: Actor, id: number, now = new Date()): Promise<boolean> {
    const key = await this.keys.findOneBy({ id, accountId: this.ownerOf(actor) });
    if (!key) throw notFound('API key');
    if (!key.revokedAt) await inTransaction(this.ds, (m) => m.update(ApiKeyEntity, { id }, { revokedAt: now }));
    return true;
  }

  private ownerOf(actor: Actor): number {
    if (actor.kind !== 'account') throw forbidden('API keys belong to accounts');
    return actor.accountId;
  }
}
