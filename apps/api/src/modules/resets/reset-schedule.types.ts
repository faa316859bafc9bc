import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ResetScope } from '@tm/shared';
import { DateTimeScalar } from '../../platform/graphql/scalars';
import type { ResetScheduleEntity } from './reset-schedule.entity';

@ObjectType('ResetSchedule')
export class ResetScheduleType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ResetScope) scope: ResetScope;
  @Field(() => ID, { nullable: true }) targetId: string | null;
  @Field(() => String, { nullable: true, description: 'The target’s username or server name' }) targetLabel: string | null;
  @Field({ description: 'Five-field cron expression, e.g. "0 3 1 * *"' }) cron: string;
  @Field({ description: 'IANA time zone the cron is read in' }) timeZone: string;
  @Field() enabled: boolean;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'null when disabled' }) nextRunAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) lastRunAt: Date | null;
  @Field(() => ID, { nullable: true }) lastEventId: string | null;
  @Field(() => Boolean, { nullable: true }) lastOk: boolean | null;
  @Field(() => DateTimeScalar) createdAt: Date;
  /** For the nextRuns field resolver; not in the schema. */
  entity: ResetScheduleEntity;

  static from(s: ResetScheduleEntity, targetLabel: string | null): ResetScheduleType {
    return Object.assign(new ResetScheduleType(), {
      id: String(s.id),
      name: s.name,
      scope: s.scope,
      targetId: s.targetId === null ? null : String(s.targetId),
      targetLabel,
      cron: s.cron,
      timeZone: s.timeZone,
      enabled: s.enabled,
      reason: s.reason,
      nextRunAt: s.nextRunAt,
      lastRunAt: s.lastRunAt,
      lastEventId: s.lastEventId === null ? null : String(s.lastEventId),
      lastOk: s.lastOk,
      createdAt: s.createdAt,
      entity: s,
    });
  }
}

@InputType()
export class ResetScheduleInput {
  @Field() name: string;
  @Field(() => ResetScope) scope: ResetScope;
  @Field(() => ID, { nullable: true, description: 'USER, SERVER, AGENT: the target; DEPLETED: a server (none = everywhere)' }) targetId?: string | null;
  @Field() cron: string;
  @Field(() => String, { nullable: true, description: 'Default: the settings’ time zone' }) timeZone?: string | null;
  @Field({ nullable: true, defaultValue: true }) enabled?: boolean;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@InputType()
export class ResetSchedulePatch {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => ID, { nullable: true }) targetId?: string | null;
  @Field(() => String, { nullable: true }) cron?: string | null;
  @Field(() => String, { nullable: true }) timeZone?: string | null;
  @Field(() => Boolean, { nullable: true }) enabled?: boolean | null;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

