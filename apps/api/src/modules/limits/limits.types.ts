import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { QuotaMode } from '@tm/shared';
import { BytesScalar } from '../../platform/graphql/scalars';
import type { AgentTraffic } from './agent-traffic.policy';

@ObjectType('AgentTraffic')
export class AgentTrafficType {
  @Field(() => ID) agentId: string;
  @Field(() => BytesScalar, { nullable: true, description: 'null = unlimited' }) limit: bigint | null;
  @Field(() => QuotaMode) quotaMode: QuotaMode;
  @Field(() => BytesScalar, { description: 'Bytes its users moved since the agent’s last reset, deleted users included' }) charged: bigint;
  @Field(() => BytesScalar, { description: 'Data limit granted to its users (drawn in ALLOCATION mode)' }) allocated: bigint;
  @Field(() => BytesScalar, { nullable: true }) remaining: bigint | null;
  @Field(() => BytesScalar, { description: 'Bytes ever moved by its users; never decreases' }) lifetime: bigint;
  @Field(() => Float, { nullable: true }) percent: number | null;
  @Field() exceeded: boolean;
  @Field(() => Int) activeUsers: number;
  @Field(() => Int) suspendedUsers: number;

  static from(t: AgentTraffic): AgentTrafficType {
    return Object.assign(new AgentTrafficType(), { ...t, agentId: String(t.agentId) });
  }
}
