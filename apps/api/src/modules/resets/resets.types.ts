import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ResetScope, ResetTrigger } from '@tm/shared';
import { PageInfo } from '../../platform/graphql/pagination';
import { BytesScalar, DateTimeScalar } from '../../platform/graphql/scalars';
import type { ResetEventPage } from './reset-events.service';
import type { SerializedResetEvent } from './resets.topics';

registerEnumType(ResetScope, { name: 'ResetScope', description: 'USER, SERVER (its users’ usage there), AGENT (charged usage), ALL, DEPLETED (the cleanup)' });
registerEnumType(ResetTrigger, { name: 'ResetTrigger' });

const id = (n: number | null) => (n === null ? null : String(n));

@ObjectType('PanelPush', { description: 'One change a reset pushed to a panel (connector), with the panel’s answer' })
export class PanelPushType {
  @Field(() => ID) connectorId: string;
  @Field() connectorName: string;
  @Field({ description: 'RESET (one user), RESET_ALL (an inbound or the whole panel) or DELETE' }) action: string;
  @Field(() => String, { nullable: true, description: 'The panel’s username / client email; null for a whole inbound or panel' }) panelKey: string | null;
  @Field(() => String, { nullable: true, description: '3x-ui inbound id; empty for the whole panel' }) inbound: string | null;
  @Field() ok: boolean;
  @Field(() => Int, { nullable: true, description: 'The panel’s HTTP status; null when it could not be reached' }) status: number | null;
  @Field({ description: 'The panel’s answer, as it said it' }) message: string;
}

@ObjectType('ResetEvent', { description: 'The audit record of one reset attempt; snapshot holds every counter it zeroed, as it was' })
export class ResetEventType {
  @Field(() => ID) id: string;
  @Field({ description: 'A ResetScope value' }) scope: string;
  @Field(() => ID, { nullable: true }) targetId: string | null;
  @Field(() => String, { nullable: true, description: 'Username or server name at the time' }) targetLabel: string | null;
  @Field(() => ID, { nullable: true, description: 'The account that asked (also behind an API key); null for schedules and the system' }) actorId: string | null;
  @Field({ description: 'ACCOUNT, API_KEY, SCHEDULE or SYSTEM' }) actorKind: string;
  @Field(() => String, { nullable: true }) actorLabel: string | null;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field({ description: 'MANUAL, SCHEDULED or BILLING' }) trigger: string;
  @Field() ok: boolean;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field(() => Int) affectedUsers: number;
  @Field(() => BytesScalar) bytesCleared: bigint;
  @Field(() => ID, { nullable: true, description: 'The traffic report stored just before (scheduled resets)' }) reportId: string | null;
  @Field(() => ID, { nullable: true }) scheduleId: string | null;
  @Field(() => DateTimeScalar) at: Date;
  /** For the panelPushes field resolver (admins only); not in the schema. */
  pushes: PanelPushType[];
  /** For the snapshot field resolver; not in the schema. */
  eventId: number;

  static fromSerialized(e: SerializedResetEvent): ResetEventType {
    return Object.assign(new ResetEventType(), {
      id: String(e.id),
      eventId: e.id,
      scope: e.scope,
      targetId: id(e.targetId),
      targetLabel: e.targetLabel,
      actorId: id(e.actorId),
      actorKind: e.actorKind,
      actorLabel: e.actorLabel,
      reason: e.reason,
      trigger: e.trigger,
      ok: e.ok,
      error: e.error,
      affectedUsers: e.affectedUsers,
      bytesCleared: BigInt(e.bytesCleared),
      reportId: id(e.reportId),
      scheduleId: id(e.scheduleId),
      at: new Date(e.at),
      pushes: (e.panelPushes ?? []).map((p) => Object.assign(new PanelPushType(), { ...p, connectorId: String(p.connectorId) })),
    });
  }
}

@ObjectType()
export class ResetEventConnection {
  @Field(() => [ResetEventType]) nodes: ResetEventType[];
  @Field(() => Int) totalCount: number;
  @Field(() => PageInfo) pageInfo: PageInfo;

  static from(page: ResetEventPage, serialize: (e: ResetEventPage['nodes'][number]) => SerializedResetEvent): ResetEventConnection {
    return {
      nodes: page.nodes.map((e) => ResetEventType.fromSerialized(serialize(e))),
      totalCount: page.totalCount,
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
    };
  }
}

@InputType()
export class ResetEventFilter {
  @Field(() => ResetScope, { nullable: true }) scope?: ResetScope | null;
  @Field(() => ResetTrigger, { nullable: true }) trigger?: ResetTrigger | null;
  @Field(() => Boolean, { nullable: true }) ok?: boolean | null;
  @Field(() => ID, { nullable: true }) agentId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Resets of this one user' }) userId?: string | null;
}
