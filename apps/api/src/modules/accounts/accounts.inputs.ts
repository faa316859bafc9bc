import { Field, ID, InputType, Int } from 'type-graphql';
import { AccountStatus, OverLimitAction, QuotaMode } from '@tm/shared';
import { BytesScalar } from '../../platform/graphql/scalars';
import { ResetCycleInput } from '../cycles';

@InputType()
export class CreateAgentInput extends ResetCycleInput {
  @Field() username: string;
  @Field() password: string;
  @Field(() => BytesScalar, { nullable: true, description: 'null or absent = unlimited' }) trafficLimit?: bigint | null;
  @Field(() => QuotaMode, { nullable: true, defaultValue: QuotaMode.USAGE }) quotaMode?: QuotaMode;
  @Field(() => Int, { nullable: true }) maxUsers?: number | null;
  @Field(() => OverLimitAction, { nullable: true, defaultValue: OverLimitAction.SUSPEND, description: 'What happens to its users when it reaches its limit' })
  overLimitAction?: OverLimitAction;
  @Field(() => ID, { nullable: true, description: 'The speed profile THROTTLE holds its users to' }) throttleProfileId?: string | null;
}

@InputType()
export class UpdateAgentInput extends ResetCycleInput {
  @Field({ nullable: true }) password?: string;
  @Field(() => AccountStatus, { nullable: true }) status?: AccountStatus;
  @Field(() => Int, { nullable: true }) maxUsers?: number | null;
  @Field(() => QuotaMode, { nullable: true }) quotaMode?: QuotaMode;
  @Field(() => OverLimitAction, { nullable: true }) overLimitAction?: OverLimitAction;
  @Field(() => ID, { nullable: true, description: 'null = none' }) throttleProfileId?: string | null;
}
