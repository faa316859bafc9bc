import { ArgsType, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BytesScalar, DateTimeScalar } from '../../platform/graphql/scalars';
import type { UsageScope, UsageUpdatedPayload } from './usage-live.topics';

export enum UsageScopeEnum {
  USER = 'USER',
  AGENT = 'AGENT',
  GLOBAL = 'GLOBAL',
}
registerEnumType(UsageScopeEnum, { name: 'UsageScope' });

@ArgsType()
export class UsageUpdatedArgs {
  @Field(() => ID, { nullable: true, description: "This user's events (an agent: its own users only)" }) userId?: string | null;
  @Field(() => ID, { nullable: true, description: "This agent's event plus its users' (an agent: itself only)" }) agentId?: string | null;
}

@ObjectType('UsageUpdate')
export class UsageUpdateType {
  @Field(() => UsageScopeEnum) scope: UsageScope;
  @Field(() => ID, { nullable: true }) userId: string | null;
  @Field(() => ID, { nullable: true, description: 'AGENT: the agent; USER: the owning agent (null for admin-owned users)' }) agentId: string | null;
  @Field(() => BytesScalar, { nullable: true, description: 'USER and GLOBAL: period upload; AGENT: null' }) up: string | null;
  @Field(() => BytesScalar, { nullable: true }) down: string | null;
  @Field(() => BytesScalar, { description: 'USER and GLOBAL: up + down since the last reset; AGENT: charged usage' }) used: string;
  @Field(() => BytesScalar, { description: 'Bytes ever counted; never decreases' }) lifetime: string;
  @Field(() => DateTimeScalar, { description: 'When these totals were read' }) at: Date;

  static from(p: UsageUpdatedPayload): UsageUpdateType {
    return Object.assign(new UsageUpdateType(), {
      scope: p.scope,
      userId: p.userId === null ? null : String(p.userId),
      agentId: p.agentId === null ? null : String(p.agentId),
      up: p.up,
      down: p.down,
      used: p.used,
      lifetime: p.lifetime,
      at: new Date(p.at),
    });
  }
}
