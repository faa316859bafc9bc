import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OverLimitAction } from '@tm/shared';
import { PageInfo } from '../../platform/graphql/pagination';
import { BytesScalar, DateTimeScalar } from '../../platform/graphql/scalars';
import { AlertDelivery, AlertKind } from './alerts.policy';
import type { AlertPage } from './alerts.service';
import type { SerializedAlert } from './alerts.topics';

registerEnumType(AlertKind, { name: 'AlertKind', description: 'USER: a user’s data limit; AGENT: an agent’s traffic limit' });
registerEnumType(AlertDelivery, { name: 'AlertDelivery', description: 'State of the outgoing webhook for this alert' });

@ObjectType('Alert')
export class AlertType {
  @Field(() => ID) id: string;
  @Field(() => AlertKind) kind: AlertKind;
  @Field(() => ID) subjectId: string;
  @Field() subjectName: string;
  @Field(() => ID, { nullable: true, description: 'The agent it belongs to (the user’s agent, or the agent itself)' }) agentId: string | null;
  @Field(() => Int, { description: '75, 90 or 100' }) threshold: number;
  @Field(() => BytesScalar) used: bigint;
  @Field(() => BytesScalar) limit: bigint;
  @Field(() => Float) percent: number;
  @Field(() => DateTimeScalar) at: Date;
  @Field(() => DateTimeScalar, { nullable: true }) acknowledgedAt: Date | null;
  @Field(() => AlertDelivery) delivery: AlertDelivery;
  @Field(() => OverLimitAction, { nullable: true, description: 'At 100 %: what the line did, SUSPEND (cut off) or THROTTLE; null below 100 %' })
  overLimitAction: OverLimitAction | null;

  static fromSerialized(a: SerializedAlert): AlertType {
    return Object.assign(new AlertType(), {
      id: String(a.id),
      kind: a.kind as AlertKind,
      subjectId: String(a.subjectId),
      subjectName: a.subjectName,
      agentId: a.agentId === null ? null : String(a.agentId),
      threshold: a.threshold,
      used: BigInt(a.used),
      limit: BigInt(a.limit),
      percent: a.percent,
      at: new Date(a.at),
      acknowledgedAt: a.acknowledgedAt ? new Date(a.acknowledgedAt) : null,
      delivery: a.delivery as AlertDelivery,
      overLimitAction: a.overLimitAction as OverLimitAction | null,
    });
  }
}

@ObjectType()
export class AlertConnection {
  @Field(() => [AlertType]) nodes: AlertType[];
  @Field(() => Int) totalCount: number;
  @Field(() => PageInfo) pageInfo: PageInfo;

  static from(page: AlertPage, serialize: (a: AlertPage['nodes'][number]) => SerializedAlert): AlertConnection {
    return {
      nodes: page.nodes.map((n) => AlertType.fromSerialized(serialize(n))),
      totalCount: page.totalCount,
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
    };
  }
}

@InputType()
export class AlertFilter {
  @Field(() => Boolean, { nullable: true, description: 'true: acknowledged only; false: open only' }) acknowledged?: boolean | null;
  @Field(() => AlertKind, { nullable: true }) kind?: AlertKind | null;
}
