import { Field, ID, InputType } from 'type-graphql';
import { OverLimitAction, UserStatus } from '@tm/shared';
import { BytesScalar, DateTimeScalar } from '../../platform/graphql/scalars';
import { ResetCycleInput } from '../cycles';
// The input type alone (not the bandwidth index, which needs this module back).
import { RouterLoginInput } from './router-login.inputs';

@InputType()
export class CreateUserInput extends ResetCycleInput {
  @Field() username: string;
  @Field(() => BytesScalar, { nullable: true, description: 'null or absent = unlimited' }) dataLimit?: bigint | null;
  @Field(() => DateTimeScalar, { nullable: true }) expiresAt?: Date | null;
  @Field(() => ID, { nullable: true, description: 'Admins only: the agent that will own the user' }) agentId?: string | null;
  @Field(() => String, { nullable: true }) macAddress?: string | null;
  @Field(() => OverLimitAction, { nullable: true, description: 'Over its own data limit; null or absent = as its agent' }) overLimitAction?: OverLimitAction | null;
  @Field(() => ID, { nullable: true, description: "THROTTLE's speed profile; null = its agent's" }) throttleProfileId?: string | null;
  @Field(() => RouterLoginInput, { nullable: true, description: 'Also a hotspot user or PPP secret of the same name on a router (created there at once)' }) routerLogin?: RouterLoginInput | null;
}

@InputType()
export class UpdateUserInput extends ResetCycleInput {
  @Field(() => BytesScalar, { nullable: true }) dataLimit?: bigint | null;
  @Field(() => DateTimeScalar, { nullable: true }) expiresAt?: Date | null;
  @Field(() => UserStatus, { nullable: true, description: 'ACTIVE or DISABLED only' }) status?: UserStatus;
  @Field(() => String, { nullable: true }) macAddress?: string | null;
  @Field(() => OverLimitAction, { nullable: true, description: 'null = as its agent' }) overLimitAction?: OverLimitAction | null;
  @Field(() => ID, { nullable: true, description: 'null = its agent\'s' }) throttleProfileId?: string | null;
}

@InputType()
export class UserFilter {
  @Field(() => String, { nullable: true }) search?: string | null;
  @Field(() => UserStatus, { nullable: true }) status?: UserStatus | null;
  @Field(() => ID, { nullable: true }) agentId?: string | null;
}
