import { randomBytes } from 'node:crypto';
import { Brackets, DataSource, EntityManager, In, Repository, SelectQueryBuilder } from 'typeorm';
import { Role, UserStatus } from '@tm/shared';
import { Actor, isAdmin } from '../../platform/auth/actor';
import { inTransaction, isMysqlFamily } from '../../platform/db/transaction';
import { badInput, forbidden, notFound } from '../../platform/errors/domain-error';
import { decodeCursor, encodeCursor, pageSize } from '../../platform/graphql/pagination';
import type { PubSub } from '../../platform/pubsub/pubsub';
import { isUniqueViolation, validate } from '../../platform/validation';
import { AccountEntity } from '../accounts/account.entity';
import { tooManyUsers, userNotFound, userUsernameTaken } from './users.errors';
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
import { UserEntity } from './user.entity';

export interface UserView {
  user: UserEntity;
  agentUsername: string | null;
}

export interface UserPage {
  nodes: UserView[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

export class UsersService {
  private readonly users: Repository<UserEntity>;

  constructor(
    private readonly ds: DataSource,
    private readonly pubsub: PubSub,
  ) {
    this.users = ds.getRepository(UserEntity);
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
    const nodes = await this.withAgents(rows.slice(0, size));
    return { nodes, totalCount, hasNextPage, endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1].user.id) : null };
  }

  /** The user if the actor may see it, else null (another agent's user is indistinguishable from none). */
  async find(actor: Actor, id: number): Promise<UserView | null> {
    const user = await this.scoped(actor, this.users.createQueryBuilder('u')).andWhere('u.id = :id', { id }).getOne();
    return user ? (await this.withAgents([user]))[0] : null;
  }

  async get(actor: Actor, id: number): Promise<UserView> {
    const view = await this.find(actor, id);
    if (!view) throw userNotFound();
    return view;
  }

  async create(actor: Actor, input: CreateUserData): Promise<UserView> {
    const data = validate(createUserSchema, input);
    const agentId = this.ownerFor(actor, data.agentId);
    const created = await this.write(data.username, async (m) => {
      if (agentId !== null) await this.checkAgentCapacity(m, agentId);
      const user = m.create(UserEntity, {
        username: data.username,
        token: randomBytes(16).toString('hex'),
        agentId,
        createdById: actor.kind === 'account' ? actor.accountId : 0,
        status: UserStatus.ACTIVE,
        dataLimit: data.dataLimit ?? null,
        expiresAt: data.expiresAt ?? null,
        macAddress: data.macAddress ?? null,
        upBytes: 0n,
        downBytes: 0n,
        lifetimeBytes: 0n,
      });
      await m.insert(UserEntity, user);
      return user.id;
    });
    const view = await this.get(actor, created);
    await this.publish('CREATED', view);
    return view;
  }

  async update(actor: Actor, id: number, input: UpdateUserData): Promise<UserView> {
    const data = validate(updateUserSchema, input);
    const current = await this.get(actor, id);
    const patch: Partial<UserEntity> = {};
    if (data.dataLimit !== undefined) patch.dataLimit = data.dataLimit;
    if (data.expiresAt !== undefined) patch.expiresAt = data.expiresAt;
    if (data.status !== undefined) patch.status = data.status;
    if (data.macAddress !== undefined) patch.macAddress = data.macAddress;
    if (Object.keys(patch).length) {
      await this.write(current.user.username, (m) => m.update(UserEntity, { id }, patch));
    }
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

  /** Marks active users past their expiry as EXPIRED (set-based); returns how many changed. */
  async expireDue(now = new Date()): Promise<number> {
    const ids = await inTransaction(this.ds, async (m) => {
      const due = await m
        .createQueryBuilder(UserEntity, 'u')
        .select('u.id', 'id')
        .where('u.status = :active AND u.expires_at IS NOT NULL AND u.expires_at <= :now', { active: UserStatus.ACTIVE, now })
        .orderBy('u.id')
        .getRawMany<{ id: number }>();
      const list = due.map((r) => Number(r.id));
      if (list.length) {
        await m
          .createQueryBuilder()
          .update(UserEntity)
          .set({ status: UserStatus.EXPIRED })
          .where({ id: In(list), status: UserStatus.ACTIVE })
          .execute();
      }
      return list;
    });
    if (ids.length) {
      const rows = await this.users.findBy({ id: In(ids) });
      for (const view of await this.withAgents(rows)) await this.publish('UPDATED', view);
    }
    return ids.length;
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

  /** Inside the creating transaction, with the agent row locked, so concurrent creations can't overshoot. */
  private async checkAgentCapacity(m: EntityManager, agentId: number): Promise<void> {
    const q = m.createQueryBuilder(AccountEntity, 'a').where('a.id = :agentId AND a.role = :role', { agentId, role: Role.AGENT });
    if (isMysqlFamily(m.connection)) q.setLock('pessimistic_write');
    const agent = await q.getOne();
    if (!agent) throw notFound('Agent');
    if (agent.status !== 'ACTIVE') throw badInput('This agent is disabled');
    if (agent.maxUsers !== null) {
      const count = await m.countBy(UserEntity, { agentId });
      if (count >= agent.maxUsers) throw tooManyUsers(agent.maxUsers);
    }
  }

  private async write<T>(username: string, work: (m: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await inTransaction(this.ds, work);
    } catch (err) {
      if (isUniqueViolation(err)) throw userUsernameTaken(username);
      throw err;
    }
  }

  private async withAgents(users: UserEntity[]): Promise<UserView[]> {
    const ids = [...new Set(users.map((u) => u.agentId).filter((id): id is number => id !== null))];
    const names = new Map<number, string>();
    if (ids.length) {
      const agents = await this.ds.getRepository(AccountEntity).find({ where: { id: In(ids) }, select: { id: true, username: true } });
      for (const a of agents) names.set(a.id, a.username);
    }
    return users.map((user) => ({ user, agentUsername: user.agentId === null ? null : (names.get(user.agentId) ?? null) }));
  }

  private async publish(kind: UserChangeKind, view: UserView): Promise<void> {
    const payload: UserChangedPayload = { kind, userId: view.user.id, agentId: view.user.agentId, user: serializeUser(view) };
    await this.pubsub.publish(USER_CHANGED, payload);
  }
}

export function serializeUser({ user, agentUsername }: UserView): SerializedUser {
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
    createdAt: user.createdAt.toISOString(),
  };
}
