import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { QuotaMode } from '@tm/shared';
import { BytesScalar } from '../../platform/graphql/scalars';
import type { AgentTraffic } from './agent-traffic.policy';

@ObjectType('AgentTraffic')
export class AgentTrafficType {
  @Field(() => ID) agentId: string;
  @Field() username: string;
  @Field({ description: 'The account: ACTIVE or DISABLED' }) status: string;
  @Field(() => BytesScalar, { nullable: true, description: 'null = unlimited' }) limit: bigint | null;
  @Field(() => QuotaMode) quotaMode: QuotaMode;
  @Field(() => BytesScalar, { description: 'Bytes its users moved since the agent’s last reset, deleted users included' }) charged: bigint;
  @Field(() => BytesScalar, { description: 'Data limit granted to its users; drawn from the limit in ALLOCATION mode and never given back' }) allocated: bigint;
  @Field(() => BytesScalar, { nullable: true, description: 'What it can still grant to new users; null = unlimited' }) remaining: bigint | null;
  @Field(() => BytesScalar, { description: 'Bytes ever moved by its users; never decreases' }) lifetime: bigint;
  @Field(() => Float, { nullable: true, description: 'Drawn (charged in USAGE, allocated in ALLOCATION) as % of the limit; may pass 100' }) percent: number | null;
  @Field({ description: 'Charged usage reached the limit: its active users are suspended' }) exceeded: boolean;
  @Field({ description: 'Nothing left to grant to new users' }) soldOut: boolean;
  @Field(() => Int, { nullable: true }) maxUsers: number | null;
  @Field(() => Int) users: number;
  @Field(() => Int, { nullable: true, description: 'null = no cap' }) userSlotsLeft: number | null;
  @Field(() => Int) activeUsers: number;
  @Field(() => Int) suspendedUsers: number;
  @Field(() => Int) limitedUsers: number;
  @Field(() => Int) expiredUsers: number;
  @Field(() => Int) disabledUsers: number;

  static from(t: AgentTraffic): AgentTrafficType {
    return Object.assign(new AgentTrafficType(), { ...t, agentId: String(t.agentId) });
  }
}

@ObjectType('UserStatusChange')
export class UserStatusChangeType {
  @Field(() => ID) userId: string;
  @Field(() => ID, { nullable: true }) agentId: string | null;
  @Field() from: string;
  @Field() to: string;
  @Field({ description: 'AGENT_LIMIT, DATA_LIMIT, EXPIRED or RESUMED' }) reason: string;
}
