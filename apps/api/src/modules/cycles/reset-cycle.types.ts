import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ResetStrategy } from '@tm/shared';
import { DateTimeScalar } from '../../platform/graphql/scalars';
import type { ResetCycleColumns } from './reset-cycle.columns';

registerEnumType(ResetStrategy, {
  name: 'ResetStrategy',
  description: 'NONE; DAY; WEEK (Mondays); MONTH (the 1st); BILLING_MONTH (the billing day, clamped to the month’s end); YEAR (1 January). Local midnight in the time zone.',
});

/** A cycle as JSON, for pub/sub. */
export interface SerializedCycle {
  resetStrategy: ResetStrategy;
  billingDay: number | null;
  timeZone: string;
  nextResetAt: string | null;
  lastResetAt: string | null;
}

export const serializeCycle = (c: ResetCycleColumns): SerializedCycle => ({
  resetStrategy: c.strategy,
  billingDay: c.billingDay,
  timeZone: c.timeZone,
  nextResetAt: c.nextResetAt ? c.nextResetAt.toISOString() : null,
  lastResetAt: c.lastResetAt ? c.lastResetAt.toISOString() : null,
});

/** The reset-cycle fields users and agents share in the API. */
@ObjectType()
export abstract class WithResetCycle {
  @Field(() => ResetStrategy) resetStrategy: ResetStrategy;
  @Field(() => Int, { nullable: true, description: 'BILLING_MONTH: the day of the month (29–31 fall on the last day of shorter months)' }) billingDay: number | null;
  @Field({ description: 'IANA time zone the cycle’s midnights are in' }) timeZone: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the period usage resets next; null = no cycle' }) nextResetAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) lastResetAt: Date | null;
}

export const cycleFields = (c: SerializedCycle) => ({
  ...c,
  nextResetAt: c.nextResetAt ? new Date(c.nextResetAt) : null,
  lastResetAt: c.lastResetAt ? new Date(c.lastResetAt) : null,
});

@InputType()
export abstract class ResetCycleInput {
  @Field(() => ResetStrategy, { nullable: true }) resetStrategy?: ResetStrategy | null;
  @Field(() => Int, { nullable: true, description: 'BILLING_MONTH: 1–31; absent = the day it is set' }) billingDay?: number | null;
  @Field(() => String, { nullable: true, description: 'IANA zone; absent = the settings’ default zone' }) timeZone?: string | null;
}

/** The cycle part of a GraphQL input, for the services' zod schemas. */
export const cycleInputOf = (i: ResetCycleInput) => ({
  resetStrategy: i.resetStrategy ?? undefined,
  billingDay: i.billingDay,
  timeZone: i.timeZone ?? undefined,
});
