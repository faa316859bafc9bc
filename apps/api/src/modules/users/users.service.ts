import { Brackets, DataSource, EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { OverLimitAction, ResetStrategy, Role } from '@tm/shared';
import { Actor, isAdmin } from '../../platform/auth/actor';
import { inTransaction } from '../../platform/db/transaction';
import { forbidden } from '../../platform/errors/domain-error';
import { decodeCursor, encodeCursor, pageSize } from '../../platform/graphql/pagination';
import type { PubSub } from '../../platform/pubsub/pubsub';
import { isUniqueViolation, validate } from '../../platform/validation';
import { AccountEntity, assertThrottleChoice } from '../accounts';
import { rearmedLevel } from '../alert-levels';
import { serializeCycle, cyclePatch, mergeCycle, nextCycleReset } from '../cycles';
import { userNotFound, userUsernameTaken } from './users.errors';
import {
  CreateUserData,
  UpdateUserData,
  UserFilterData,
  LIKE_ESCAPE,
  createUserSchema,
  likePattern,
  updateUserSchema,
  userFilterSchema,
} from './users.policy';
import { USER_CHANGED, UserChangeKind, UserChangedPayload, SerializedUser } from './users.topics';
import { UserEntity, newUser } from './user.entity';
import { networkAccess } from './access.policy';
import { userViews, type UserView } from './user-views';
import type { ReserveGrant, UserChangedHook } from './users.ports';

export type { UserView } from './user-views';


export interface UserPage {
  nodes: UserView[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface UsersDeps {
  /** The agent's quota guard (limits module): the only way a limit is granted. */
  reserveGrant: ReserveGrant;
  afterChange?: UserChangedHook;
  /** The zone a new user's cycle gets when none is given (from settings). */
  defaultTimeZone?: () => Promise<string>;
}

export class UsersService {
  private readonly users: Repository<UserEntity>;
  private readonly reserveGrant: ReserveGrant;
  private readonly afterChange: UserChangedHook;
  private readonly defaultTimeZone: () => Promise<string>;

  constructor(
    private readonly ds: DataSource,
    private readonly pubsub: PubSub,
    deps: UsersDeps,
  ) {
    this.users = ds.getRepository(UserEntity);
    this.reserveGrant = deps.reserveGrant;
    this.afterChange = deps.afterChange ?? (async () => undefined);
    this.defaultTimeZone = deps.defaultTimeZone ?? (async () => 'UTC');
  }

  async list(actor: Actor, filter: UserFilterData = {}, first?: number | null, after?: string | null): Promise<UserPage> {
    const f = validate(userFilterSchema, filter);
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const base = this.scoped(actor, this.users.createQueryBuilder('u'));
    if (f.agentId !== undefined) base.andWhere('u.agent_id = :agentId', { agentId: f.agentId });
    if (f.status) base.andWhere('u.status = :status', { status: f.status });
    if (f.search) {
      const pattern = likePattern(f.search);
      base.andWhere(
        new Brackets((q) =>
          q
            .where(`u.username LIKE :pattern ESCAPE '${LIKE_ESCAPE}'`, { pattern })
            .orWhere('u.token = :exact', { exact: f.search })
            .orWhere('u.mac_address = :mac', { mac: f.search!.toUpperCase().replace(/-/g, ':') }),
        ),
      );
    }
    const totalCount = await base.clone().getCount();
    const page = base.clone().orderBy('u.id', 'DESC').take(size + 1);
    if (cursor !== null) page.andWhere('u.id < :cursor', { cursor });
    const rows = await page.getMany();
    const hasNextPage = rows.length > size;
    const nodes = await userViews(this.ds, rows.slice(0, size));
    return { nodes, totalCount, hasNextPage, endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1].user.id) : null };
  }

  /** The user if the actor may see it, else null (another agent's user is indistinguishable from none). */
  async find(actor: Actor, id: number): Promise<UserView | null> {
    const user = await this.scoped(actor, this.users.createQueryBuilder('u')).andWhere('u.id = :id', { id }).getOne();
    return user ? (await userViews(this.ds, [user]))[0] : null;
  }

  async get(actor: Actor, id: number): Promise<UserView> {
    const view = await this.find(actor, id);
    if (!view) throw userNotFound();
    return view;
  }

  async create(actor: Actor, input: CreateUserData): Promise<UserView> {
    const data = validate(createUserSchema, input);
    const agentId = this.ownerFor(actor, data.agentId);
    const now = new Date();
    const cycle = mergeCycle({ strategy: ResetStrategy.NONE, billingDay: null, timeZone: data.timeZone ?? (await this.defaultTimeZone()) }, data, now);
    const created = await this.write(data.username, async (m) => {
      if (agentId !== null) await this.reserveGrant(m, { agentId, requested: data.dataLimit ?? null });
      await this.assertThrottle(m, agentId, data.overLimitAction ?? null, data.throttleProfileId ?? null);
      const user = newUser(
        {
          username: data.username,
          agentId,
          createdById: actor.kind === 'account' ? actor.accountId : 0,
          dataLimit: data.dataLimit ?? null,
          expiresAt: data.expiresAt ?? null,
          macAddress: data.macAddress ?? null,
          overLimitAction: data.overLimitAction ?? null,
          throttleProfileId: data.throttleProfileId ?? null,
          cycle: { ...cycle, nextResetAt: nextCycleReset(cycle, now), lastResetAt: null },
        },
        cycle.timeZone,
      );
      await m.insert(UserEntity, user);
      return user.id;
    });
    await this.publish('CREATED', await this.get(actor, created));
    await this.afterChange(created, agentId);
    return this.get(actor, created);
  }

  async update(actor: Actor, id: number, input: UpdateUserData): Promise<UserView> {
    const data = validate(updateUserSchema, input);
    const current = await this.get(actor, id);
    const patch: Partial<UserEntity> = {};
    if (data.dataLimit !== undefined) patch.dataLimit = data.dataLimit;
    if (data.expiresAt !== undefined) patch.expiresAt = data.expiresAt;
    if (data.status !== undefined) patch.status = data.status;
    if (data.macAddress !== undefined) patch.macAddress = data.macAddress;
    if (data.overLimitAction !== undefined) patch.overLimitAction = data.overLimitAction;
    if (data.throttleProfileId !== undefined) patch.throttleProfileId = data.throttleProfileId;
    const cycle = cyclePatch(current.user.cycle, data);
    if (cycle) patch.cycle = cycle;
    if (Object.keys(patch).length) {
      const agentId = current.user.agentId;
      await this.write(current.user.username, async (m) => {
        if (agentId !== null && data.dataLimit !== undefined) await this.reserveGrant(m, { agentId, requested: data.dataLimit, userId: id });
        if (data.dataLimit !== undefined) patch.alertLevel = await this.rearmedAlertLevel(m, id, data.dataLimit);
        if (data.overLimitAction !== undefined || data.throttleProfileId !== undefined) {
          const action = data.overLimitAction !== undefined ? data.overLimitAction : current.user.overLimitAction;
          const profileId = data.throttleProfileId !== undefined ? data.throttleProfileId : current.user.throttleProfileId;
          await this.assertThrottle(m, agentId, action, profileId);
        }
        await m.update(UserEntity, { id }, patch);
      });
    }
    await this.afterChange(id, current.user.agentId);
    const view = await this.get(actor, id);
    await this.publish('UPDATED', view);
    return view;
  }

  /** Deletes the user. Its traffic stays in its agent's charged and lifetime usage (kept on the agent). */
  async delete(actor: Actor, id: number): Promise<boolean> {
    const current = await this.get(actor, id);
    await inTransaction(this.ds, (m) => m.delete(UserEntity, { id }));
    await this.pubsub.publish(USER_CHANGED, {
      kind: 'DELETED',
      userId: id,
      agentId: current.user.agentId,
      user: null,
    } satisfies UserChangedPayload);
    return true;
  }

  /** Agents see their own users; admins and the system see all. */
  private scoped(actor: Actor, q: SelectQueryBuilder<UserEntity>): SelectQueryBuilder<UserEntity> {
    if (isAdmin(actor)) return q.where('1 = 1');
    if (actor.kind !== 'account') throw forbidden();
    return q.where('u.agent_id = :ownAgent', { ownAgent: actor.accountId });
  }

  /** Which agent a new user belongs to: an agent's own users; an admin's choice (or none). */
  private ownerFor(actor: Actor, requested: number | undefined): number | null {
    if (actor.kind === 'account' && actor.role === Role.AGENT) {
      if (requested !== undefined && requested !== actor.accountId) throw forbidden('Agents create users for themselves only');
      return actor.accountId;
    }
    return requested ?? null;
  }

  /** A changed data limit re-arms the alert thresholds it puts back out of reach. */
  private async rearmedAlertLevel(m: EntityManager, id: number, limit: bigint | null): Promise<number> {
    const row = await m.findOne(UserEntity, { where: { id }, select: { id: true, upBytes: true, downBytes: true, alertLevel: true } });
    return row ? rearmedLevel(row.alertLevel, row.upBytes + row.downBytes, limit) : 0;
  }

  private async write<T>(username: string, work: (m: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await inTransaction(this.ds, work);
    } catch (err) {
      if (isUniqueViolation(err)) throw userUsernameTaken(username);
      throw err;
    }
  }

  /** THROTTLE needs a profile: the user's own, else its agent's. */
  private async assertThrottle(m: EntityManager, agentId: number | null, action: OverLimitAction | null, profileId: number | null): Promise<void> {
    if (action === null && profileId === null) return;
    const agent = agentId === null ? null : await m.findOne(AccountEntity, { where: { id: agentId }, select: { id: true, throttleProfileId: true } });
    await assertThrottleChoice(m, action, profileId, agent?.throttleProfileId ?? null);
  }

  private async publish(kind: UserChangeKind, view: UserView): Promise<void> {
    const payload: UserChangedPayload = { kind, userId: view.user.id, agentId: view.user.agentId, user: serializeUser(view) };
    await this.pubsub.publish(USER_CHANGED, payload);
  }
}

export function serializeUser({ user, agentUsername, agentChoice }: UserView): SerializedUser {
  return {
    id: user.id,
    username: user.username,
    token: user.token,
    agentId: user.agentId,
    agentUsername,
    status: user.status,
    dataLimit: user.dataLimit === null ? null : user.dataLimit.toString(),
    up: user.upBytes.toString(),
    down: user.downBytes.toString(),
    lifetime: user.lifetimeBytes.toString(),
    expiresAt: user.expiresAt ? user.expiresAt.toISOString() : null,
    macAddress: user.macAddress,
    overLimitAction: user.overLimitAction,
    throttleProfileId: user.throttleProfileId,
    throttled: networkAccess(user.status, { action: user.overLimitAction, throttleProfileId: user.throttleProfileId }, agentChoice).kind === 'THROTTLED',
    createdAt: user.createdAt.toISOString(),
    cycle: serializeCycle(user.cycle),
  };
}
