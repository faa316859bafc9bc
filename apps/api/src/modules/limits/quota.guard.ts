import type { EntityManager } from 'typeorm';
import { AccountStatus, ErrorCode, Role } from '@tm/shared';
import { isMysqlFamily } from '../../platform/db/transaction';
import { DomainError, badInput, notFound } from '../../platform/errors/domain-error';
import { AccountEntity } from '../accounts';
import { UserEntity, tooManyUsers, type QuotaGrant } from '../users';
import { limitExceeded } from './limits.errors';
import { decideGrant } from './quota.policy';

/** The quota guard is what the users module's `ReserveGrant` port asks for. */
export type Grant = QuotaGrant;

/**
 * Inside the transaction that creates or changes the user: locks the agent's row (MySQL FOR UPDATE;
 * on SQLite every write transaction is already serialized), checks max users and the quota, and
 * draws the increase from the agent's allocated bytes. Concurrent grants queue on the lock, so
 * together they can't cross the line. Throws LIMIT_EXCEEDED (nothing written) when it doesn't fit.
 */
export async function reserveGrant(m: EntityManager, g: Grant): Promise<void> {
  const q = m.createQueryBuilder(AccountEntity, 'a').where('a.id = :id AND a.role = :role', { id: g.agentId, role: Role.AGENT });
  if (isMysqlFamily(m.connection)) q.setLock('pessimistic_write');
  const agent = await q.getOne();
  if (!agent) throw notFound('Agent');
  if (g.userId === undefined) {
    if (agent.status !== AccountStatus.ACTIVE) throw badInput('This agent is disabled');
    if (agent.maxUsers !== null && (await m.countBy(UserEntity, { agentId: agent.id })) >= agent.maxUsers) throw tooManyUsers(agent.maxUsers);
  }
  const standing = { limit: agent.trafficLimit, quotaMode: agent.quotaMode, charged: agent.chargedBytes, allocated: agent.allocatedBytes };
  const current = g.userId === undefined ? null : ((await m.findOne(UserEntity, { where: { id: g.userId }, select: { id: true, dataLimit: true } }))?.dataLimit ?? null);
  const decision = decideGrant(standing, g.requested, current);
  if (!decision.ok) throw limitExceeded(standing, decision.remaining, g.requested);
  if (decision.draw > 0n) {
    await m
      .createQueryBuilder()
      .update(AccountEntity)
      .set({ allocatedBytes: () => `allocated_bytes + ${decision.draw.toString()}` })
      .where('id = :id', { id: agent.id })
      .execute();
  }
}

export interface BatchGrant {
  agentId: number;
  /** New users at once (vouchers). */
  count: number;
  /** Each one's data limit (null = unlimited). */
  each: bigint | null;
  /** Users of different limits (an import): their limits together, null when one is unlimited; replaces count × each. */
  total?: bigint | null;
}

/**
 * The batch form of reserveGrant, for `count` new users of limit `each` in one transaction: one lock,
 * max users checked for all of them, the quota for count × each (USAGE: charged + N·L ≤ limit;
 * ALLOCATION: allocated + N·L ≤ limit), N·L drawn. All or nothing: LIMIT_EXCEEDED writes nothing.
 */
export async function reserveBatchGrant(m: EntityManager, g: BatchGrant): Promise<void> {
  const q = m.createQueryBuilder(AccountEntity, 'a').where('a.id = :id AND a.role = :role', { id: g.agentId, role: Role.AGENT });
  if (isMysqlFamily(m.connection)) q.setLock('pessimistic_write');
  const agent = await q.getOne();
  if (!agent) throw notFound('Agent');
  if (agent.status !== AccountStatus.ACTIVE) throw badInput('This agent is disabled');
  if (agent.maxUsers !== null) {
    const users = await m.countBy(UserEntity, { agentId: agent.id });
    if (users + g.count > agent.maxUsers) {
      const left = Math.max(0, agent.maxUsers - users);
      throw new DomainError(ErrorCode.LIMIT_EXCEEDED, `This agent may have at most ${agent.maxUsers} users; ${left} more fit, not ${g.count}`, {
        maxUsers: agent.maxUsers,
        userSlotsLeft: left,
      });
    }
  }
  const standing = { limit: agent.trafficLimit, quotaMode: agent.quotaMode, charged: agent.chargedBytes, allocated: agent.allocatedBytes };
  const requested = g.total !== undefined ? g.total : g.each === null ? null : g.each * BigInt(g.count);
  const decision = decideGrant(standing, requested, null);
  if (!decision.ok) throw limitExceeded(standing, decision.remaining, requested);
  if (decision.draw > 0n) {
    await m
      .createQueryBuilder()
      .update(AccountEntity)
      .set({ allocatedBytes: () => `allocated_bytes + ${decision.draw.toString()}` })
      .where('id = :id', { id: agent.id })
      .execute();
  }
}
