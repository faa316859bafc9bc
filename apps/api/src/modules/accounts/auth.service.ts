import { Repository, DataSource, IsNull } from 'typeorm';
import { AccountStatus } from '@tm/shared';
import type { Actor } from '../../platform/auth/actor';
import { hashApiKey, looksLikeApiKey } from '../../platform/auth/api-key-secret';
import type { LoginThrottle } from '../../platform/auth/login-throttle';
import { dummyPasswordHash, verifyPassword } from '../../platform/auth/password';
import type { SessionTokens } from '../../platform/auth/session-token';
import { inTransaction } from '../../platform/db/transaction';
import { unauthenticated } from '../../platform/errors/domain-error';
import { AccountEntity } from './account.entity';
import { AccountsService } from './accounts.service';
import { ApiKeyEntity } from './api-key.entity';

export interface LoginResult {
  token: string;
  expiresAt: Date;
  account: AccountEntity;
}

/** Signs accounts in and turns a bearer token (session or API key) into an actor. */
export class AuthService {
  private readonly apiKeys: Repository<ApiKeyEntity>;
  /** last_used_at is written at most once a minute per key, not on every request. */
  private readonly lastTouched = new Map<number, number>();

  constructor(
    private readonly ds: DataSource,
    private readonly accounts: AccountsService,
    private readonly tokens: SessionTokens,
    private readonly throttle: LoginThrottle,
    private readonly onAttempt: (outcome: 'ok' | 'bad_credentials' | 'throttled') => void = () => undefined,
  ) {
    this.apiKeys = ds.getRepository(ApiKeyEntity);
  }

  async login(username: string, password: string, address: string, now = new Date()): Promise<LoginResult> {
    const wait = await this.throttle.retryAfter(username, address);
    if (wait > 0) {
      this.onAttempt('throttled');
      throw unauthenticated(`Too many failed sign-ins. Try again in ${wait} s.`, { reason: 'THROTTLED', retryAfterSeconds: wait });
    }
    const account = username.length <= 64 ? await this.accounts.findByUsername(username) : null;
    const ok = await verifyPassword(account?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!account || !ok || account.status !== AccountStatus.ACTIVE) {
      await this.throttle.recordFailure(username, address);
      this.onAttempt('bad_credentials');
      throw unauthenticated('Invalid username or password', { reason: 'BAD_CREDENTIALS' });
    }
    await this.throttle.recordSuccess(username, address);
    await this.accounts.touchLogin(account.id, now);
    this.onAttempt('ok');
    const { token, expiresAt } = this.tokens.issue({ accountId: account.id, role: account.role }, now);
    return { token, expiresAt, account };
  }

  /** The actor behind an `Authorization` value, or null when it is missing or invalid. */
  async authenticate(authorization: string | undefined | null, now = new Date()): Promise<Actor | null> {
    if (!authorization) return null;
    const token = authorization.replace(/^Bearer\s+/i, '').trim();
    if (!token) return null;
    if (looksLikeApiKey(token)) return this.fromApiKey(token, now);
    const claims = this.tokens.verify(token);
    if (!claims) return null;
    return this.activeActor(claims.accountId, 'session');
  }

  private async fromApiKey(secret: string, now: Date): Promise<Actor | null> {
    const key = await this.apiKeys.findOneBy({ keyHash: hashApiKey(secret), revokedAt: IsNull() });
    if (!key) return null;
    const last = this.lastTouched.get(key.id) ?? 0;
    if (now.getTime() - last > 60_000) {
      this.lastTouched.set(key.id, now.getTime());
      await inTransaction(this.ds, (m) => m.update(ApiKeyEntity, { id: key.id }, { lastUsedAt: now }));
    }
    return this.activeActor(key.accountId, 'api-key');
  }

  private async activeActor(accountId: number, via: 'session' | 'api-key'): Promise<Actor | null> {
    const account = await this.accounts.findById(accountId);
    if (!account || account.status !== AccountStatus.ACTIVE) return null;
    return { kind: 'account', accountId: account.id, username: account.username, role: account.role, via };
  }
}
