import { DataSource } from 'typeorm';
import { UserStatus } from '@tm/shared';
import type { Actor } from '../../platform/auth/actor';
import { AccountsService } from '../accounts/accounts.service';
import { UserEntity } from '../users/user.entity';
import { AgentTraffic, agentTraffic } from './agent-traffic.policy';

/** Where each agent stands against its traffic limit. */
export class LimitsService {
  constructor(
    private readonly ds: DataSource,
    private readonly accounts: AccountsService,
  ) {}

  /** Admins may ask about any agent, an agent about itself; anyone else's is NOT_FOUND. */
  async agentTraffic(actor: Actor, agentId: number): Promise<AgentTraffic> {
    const agent = await this.accounts.getAgent(actor, agentId);
    const rows = await this.ds
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .select('u.status', 'status')
      .addSelect('COUNT(*)', 'n')
      .where('u.agent_id = :agentId', { agentId })
      .groupBy('u.status')
      .getRawMany<{ status: string; n: string | number }>();
    const count = (status: string) => Number(rows.find((r) => r.status === status)?.n ?? 0);
    return agentTraffic({
      agentId: agent.id,
      limit: agent.trafficLimit,
      quotaMode: agent.quotaMode,
      charged: agent.chargedBytes,
      allocated: agent.allocatedBytes,
      lifetime: agent.lifetimeBytes,
      activeUsers: count(UserStatus.ACTIVE),
      suspendedUsers: count(UserStatus.SUSPENDED),
    });
  }
}
