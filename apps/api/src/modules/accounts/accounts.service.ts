import { randomBytes } from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import { AccountStatus, QuotaMode, ResetStrategy, Role } from '@tm/shared';
import { Actor, isAdmin } from '../../platform/auth/actor';
import { hashPassword, verifyPassword } from '../../platform/auth/password';
import { badInput, forbidden } from '../../platform/errors/domain-error';
import { inTransaction } from '../../platform/db/transaction';
import { isUniqueViolation, validate } from '../../platform/validation';
import { assertThrottleChoice } from './over-limit.guard';
import { cyclePatch, mergeCycle, nextCycleReset } from '../cycles';
import { AccountEntity } from './account.entity';
import { agentNotFound, usernameTaken } from './accounts.errors';
import { CreateAgentData, UpdateAgentData, createAgentSchema, trafficLimitSchema, updateAgentSchema } from './accounts.policy';
import { passwordSchema } from '@tm/shared';

export interface AccountView {
  account: AccountEntity;
  userCount: number;
}

/** What runs after an agent's limit or quota mode changed: re-arming alerts and enforcing (limits module). */
export type QuotaChangedHook = (agentId: number) => Promise<void>;

export class AccountsService {
  private readonly accounts: Repository<AccountEntity>;

  constructor(
    private readonly ds: DataSource,
    private readonly quotaChanged: QuotaChangedHook = async () => undefined,
    /** The zone a new agent's cycle gets when none is given (from settings). */
    private readonly defaultTimeZone: () => Promise<string> = async () => 'UTC',
    /** After its over-limit choice changed: what its users get on routers changes without a status change. */
    private readonly accessChanged: QuotaChangedHook = async () => undefined,
  ) {
    this.accounts = ds.getRepository(AccountEntity);
  }

  findById(id: number): Promise<AccountEntity | null> {
    return this.accounts.findOneBy({ id });
  }

  findByUsername(username: string): Promise<AccountEntity | null> {
    return this.accounts.findOneBy({ username });
  }

  async me(actor: Actor): Promise<AccountView> {
    if (actor.kind !== 'account') throw forbidden('Only accounts have a profile');
    const account = await this.findById(actor.accountId);
    if (!account) throw agentNotFound();
    return (await this.withUserCounts([account]))[0];
  }

  async listAgents(actor: Actor): Promise<AccountView[]> {
    this.requireAdmin(actor);
    const agents = await this.accounts.find({ where: { role: Role.AGENT }, order: { id: 'ASC' } });
    return this.withUserCounts(agents);
  }

  /** An agent as seen by `actor`: admins see any, an agent only itself (others are NOT_FOUND). */
  async getAgent(actor: Actor, agentId: number): Promise<AccountEntity> {
    if (!isAdmin(actor) && !(actor.kind === 'account' && actor.accountId === agentId)) throw agentNotFound();
    const agent = await this.accounts.findOneBy({ id: agentId, role: Role.AGENT });
    if (!agent) throw agentNotFound();
    return agent;
  }

  async createAgent(actor: Actor, input: CreateAgentData): Promise<AccountView> {
    this.requireAdmin(actor);
    const data = validate(createAgentSchema, input);
    const now = new Date();
    const cycle = mergeCycle({ strategy: ResetStrategy.NONE, billingDay: null, timeZone: data.timeZone ?? (await this.defaultTimeZone()) }, data, now);
    const account = this.accounts.create({
      username: data.username,
      passwordHash: await hashPassword(data.password),
      role: Role.AGENT,
      status: AccountStatus.ACTIVE,
      trafficLimit: data.trafficLimit ?? null,
      quotaMode: data.quotaMode,
      maxUsers: data.maxUsers ?? null,
      overLimitAction: data.overLimitAction,
      throttleProfileId: data.throttleProfileId ?? null,
      chargedBytes: 0n,
      allocatedBytes: 0n,
      lifetimeBytes: 0n,
      createdById: actor.kind === 'account' ? actor.accountId : null,
      cycle: { ...cycle, nextResetAt: nextCycleReset(cycle, now), lastResetAt: null },
    });
    try {
      await inTransaction(this.ds, async (m) => {
        await assertThrottleChoice(m, account.overLimitAction, account.throttleProfileId);
        await m.insert(AccountEntity, account);
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw usernameTaken(data.username);
      throw err;
    }
    return { account: (await this.findById(account.id))!, userCount: 0 };
  }

  async updateAgent(actor: Actor, agentId: number, input: UpdateAgentData): Promise<AccountView> {
    this.requireAdmin(actor);
    const data = validate(updateAgentSchema, input);
    const agent = await this.getAgent(actor, agentId);
    const patch: Partial<AccountEntity> = {};
    if (data.password !== undefined) patch.passwordHash = await hashPassword(data.password);
    if (data.status !== undefined) patch.status = data.status;
    if (data.maxUsers !== undefined) patch.maxUsers = data.maxUsers;
    if (data.quotaMode !== undefined) patch.quotaMode = data.quotaMode;
    if (data.overLimitAction !== undefined) patch.overLimitAction = data.overLimitAction;
    if (data.throttleProfileId !== undefined) patch.throttleProfileId = data.throttleProfileId;
    const cycle = cyclePatch(agent.cycle, data);
    if (cycle) patch.cycle = cycle;
    if (Object.keys(patch).length) {
      await inTransaction(this.ds, async (m) => {
        await assertThrottleChoice(m, patch.overLimitAction ?? agent.overLimitAction, patch.throttleProfileId !== undefined ? patch.throttleProfileId : agent.throttleProfileId);
        await m.update(AccountEntity, { id: agent.id }, patch);
      });
    }
    if (patch.quotaMode !== undefined && patch.quotaMode !== agent.quotaMode) await this.quotaChanged(agent.id);
    if (
      (patch.overLimitAction !== undefined && patch.overLimitAction !== agent.overLimitAction) ||
      (patch.throttleProfileId !== undefined && patch.throttleProfileId !== agent.throttleProfileId)
    ) {
      await this.accessChanged(agent.id);
    }
    return (await this.withUserCounts([(await this.findById(agent.id))!]))[0];
  }

  async setTrafficLimit(actor: Actor, agentId: number, limit: bigint | null): Promise<AccountView> {
    this.requireAdmin(actor);
    const value = validate(trafficLimitSchema, limit);
    const agent = await this.getAgent(actor, agentId);
    await inTransaction(this.ds, (m) => m.update(AccountEntity, { id: agent.id }, { trafficLimit: value }));
    await this.quotaChanged(agent.id);
    return (await this.withUserCounts([(await this.findById(agent.id))!]))[0];
  }

  /** Any account changes its own password, proving it knows the current one. */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<boolean> {
    if (actor.kind !== 'account') throw forbidden('Only accounts have passwords');
    const next = validate(passwordSchema, newPassword);
    const account = await this.findById(actor.accountId);
    if (!account || !(await verifyPassword(account.passwordHash, currentPassword))) {
      throw badInput('The current password is not right', { fields: { currentPassword: 'Not right' } });
    }
    const passwordHash = await hashPassword(next);
    await inTransaction(this.ds, (m) => m.update(AccountEntity, { id: account.id }, { passwordHash }));
    return true;
  }

  /** Creates an admin (setup command, first start). Returns the password when it was generated. */
  async createAdmin(username: string, password?: string): Promise<{ account: AccountEntity; generatedPassword?: string }> {
    const generated = password ? undefined : randomBytes(12).toString('base64url');
    const data = validate(createAgentSchema.pick({ username: true, password: true }), { username, password: password ?? generated });
    const account = this.accounts.create({
      username: data.username,
      passwordHash: await hashPassword(data.password),
      role: Role.ADMIN,
      status: AccountStatus.ACTIVE,
      trafficLimit: null,
      quotaMode: QuotaMode.USAGE,
      maxUsers: null,
      overLimitAction: 'SUSPEND',
      throttleProfileId: null,
      chargedBytes: 0n,
      allocatedBytes: 0n,
      lifetimeBytes: 0n,
      createdById: null,
    });
    try {
      await inTransaction(this.ds, (m) => m.insert(AccountEntity, account));
    } catch (err) {
      if (isUniqueViolation(err)) throw usernameTaken(data.username);
      throw err;
    }
    return { account, generatedPassword: generated };
  }

  /**
   * On first start (no admin yet) creates one from ADMIN_USERNAME/ADMIN_PASSWORD or with a generated
   * password. Returns what was created, or null when an admin already exists.
   */
  async ensureFirstAdmin(username = 'admin', password?: string) {
    if (await this.accounts.exists({ where: { role: Role.ADMIN } })) return null;
    try {
      return await this.createAdmin(username, password);
    } catch (err) {
      // Another instance created it at the same moment.
      if (await this.accounts.exists({ where: { role: Role.ADMIN } })) return null;
      throw err;
    }
  }

  async touchLogin(accountId: number, at: Date): Promise<void> {
    await inTransaction(this.ds, (m) => m.update(AccountEntity, { id: accountId }, { lastLoginAt: at }));
  }

  private async withUserCounts(accounts: AccountEntity[]): Promise<AccountView[]> {
    const ids = accounts.filter((a) => a.role === Role.AGENT).map((a) => a.id);
    const counts = new Map<number, number>();
    if (ids.length) {
      // Counted in SQL on the users table: accounts sit below users, so they don't import its entity.
      const marks = ids.map(() => '?').join(', ');
      const rows: { agentId: number | string; n: string | number }[] = await this.ds.query(
        `SELECT agent_id AS agentId, COUNT(*) AS n FROM users WHERE agent_id IN (${marks}) GROUP BY agent_id`,
        ids,
      );
      for (const r of rows) counts.set(Number(r.agentId), Number(r.n));
    }
    return accounts.map((account) => ({ account, userCount: counts.get(account.id) ?? 0 }));
  }

  private requireAdmin(actor: Actor): void {
    if (!isAdmin(actor)) throw forbidden('Only admins can manage agents');
  }
}
