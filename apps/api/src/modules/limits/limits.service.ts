import { DataSource } from 'typeorm';
import { QuotaMode, Role, UserStatus } from '@tm/shared';
import { Actor, isAdmin } from '../../platform/auth/actor';
import { bytesOf } from '../../platform/db/rows';
import { inTransaction } from '../../platform/db/transaction';
import { forbidden } from '../../platform/errors/domain-error';
import { validate } from '../../platform/validation';
import { AccountEntity, AccountsService, trafficLimitSchema } from '../accounts';
import { rearmedLevel } from '../alert-levels';
import { UserEntity } from '../users';
import { AgentTraffic, agentTraffic } from './agent-traffic.policy';
import { EnforcementResult, EnforcementService } from './enforcement.service';
import { decideGrant } from './quota.policy';

type StatusCounts = Map<number, Map<string, number>>;

/** Where each agent stands against its limit, and the checks that hold it there (Q1–Q5). */
export class LimitsService {
  constructor(
    private readonly ds: DataSource,
    private readonly accounts: AccountsService,
    private readonly enforcement: EnforcementService,
  ) {}

  /** Admins may ask about any agent, an agent about itself; anyone else's is NOT_FOUND. */
  async agentTraffic(actor: Actor, agentId: number): Promise<AgentTraffic> {
    const agent = await this.accounts.getAgent(actor, agentId);
    return standing(agent, await this.statusCounts([agent.id]));
  }

  /** Every agent, ordered by id: two statements however many agents there are. */
  async agentsTraffic(actor: Actor): Promise<AgentTraffic[]> {
    if (!isAdmin(actor)) throw forbidden('Only admins see every agent');
    const agents = await this.ds.getRepository(AccountEntity).find({ where: { role: Role.AGENT }, order: { id: 'ASC' } });
    const counts = await this.statusCounts(null);
    return agents.map((a) => standing(a, counts));
  }

  /** Whether a user with this data limit (null = unlimited) would be accepted now; the real check runs inside createUser. */
  async canCreateUser(actor: Actor, agentId: number, dataLimit: bigint | null): Promise<boolean> {
    const limit = validate(trafficLimitSchema, dataLimit);
    const t = await this.agentTraffic(actor, agentId);
    if (t.status !== 'ACTIVE' || t.userSlotsLeft === 0) return false;
    return decideGrant({ limit: t.limit, quotaMode: t.quotaMode, charged: t.charged, allocated: t.allocated }, limit, null).ok;
  }

  /** Enforces one agent now (admins, or the agent itself) and returns where it stands. */
  async checkAgent(actor: Actor, agentId: number): Promise<{ traffic: AgentTraffic; result: EnforcementResult }> {
    await this.accounts.getAgent(actor, agentId);
    const result = await this.enforcement.check({ kind: 'agents', agentIds: [agentId] });
    return { traffic: await this.agentTraffic(actor, agentId), result };
  }

  /** Enforces every user of every agent in one set-based pass (admins; the periodic job runs the same). */
  async checkAllAgents(actor: Actor): Promise<{ traffic: AgentTraffic[]; result: EnforcementResult }> {
    if (!isAdmin(actor)) throw forbidden('Only admins check every agent');
    const result = await this.enforcement.check({ kind: 'all' });
    return { traffic: await this.agentsTraffic(actor), result };
  }

  /** After a limit or quota mode changed: alerts the new line puts out of reach are armed again, then the agent is enforced. */
  async quotaChanged(agentId: number): Promise<void> {
    await inTransaction(this.ds, async (m) => {
      const a = await m.findOneBy(AccountEntity, { id: agentId });
      if (!a) return;
      const drawn = a.quotaMode === QuotaMode.ALLOCATION ? a.allocatedBytes : a.chargedBytes;
      const level = rearmedLevel(a.alertLevel, drawn, a.trafficLimit);
      if (level !== a.alertLevel) await m.update(AccountEntity, { id: agentId }, { alertLevel: level });
    });
    await this.enforcement.check({ kind: 'agents', agentIds: [agentId] });
  }

  private async statusCounts(agentIds: number[] | null): Promise<StatusCounts> {
    const q = this.ds
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .select('u.agent_id', 'agentId')
      .addSelect('u.status', 'status')
      .addSelect('COUNT(*)', 'n')
      .where('u.agent_id IS NOT NULL')
      .groupBy('u.agent_id')
      .addGroupBy('u.status');
    if (agentIds) q.andWhere('u.agent_id IN (:...agentIds)', { agentIds });
    const rows = await q.getRawMany<{ agentId: unknown; status: string; n: unknown }>();
    const out: StatusCounts = new Map();
    for (const r of rows) {
      const id = Number(r.agentId);
      if (!out.has(id)) out.set(id, new Map());
      out.get(id)!.set(r.status, Number(r.n));
    }
    return out;
  }
}

function standing(agent: AccountEntity, counts: StatusCounts): AgentTraffic {
  const mine = counts.get(agent.id) ?? new Map<string, number>();
  const count = (s: string) => mine.get(s) ?? 0;
  return agentTraffic({
    agentId: agent.id,
    username: agent.username,
    status: agent.status,
    limit: agent.trafficLimit,
    quotaMode: agent.quotaMode,
    charged: bytesOf(agent.chargedBytes),
    allocated: bytesOf(agent.allocatedBytes),
    lifetime: bytesOf(agent.lifetimeBytes),
    maxUsers: agent.maxUsers,
    users: [...mine.values()].reduce((a, b) => a + b, 0),
    activeUsers: count(UserStatus.ACTIVE),
    suspendedUsers: count(UserStatus.SUSPENDED),
    limitedUsers: count(UserStatus.LIMITED),
    expiredUsers: count(UserStatus.EXPIRED),
    disabledUsers: count(UserStatus.DISABLED),
  });
}
