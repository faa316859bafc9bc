import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AccountStatus, OverLimitAction, QuotaMode, Role } from '@tm/shared';
import { BytesScalar, DateTimeScalar } from '../../platform/graphql/scalars';
import { WithResetCycle, cycleFields, serializeCycle } from '../cycles';
import type { AccountView } from './accounts.service';
import type { ApiKeyEntity } from './api-key.entity';

registerEnumType(Role, { name: 'Role' });
registerEnumType(AccountStatus, { name: 'AccountStatus' });
registerEnumType(OverLimitAction, {
  name: 'OverLimitAction',
  description: 'Over the line: SUSPEND cuts the user off on the router (login disabled, session kicked); THROTTLE keeps it online at a throttle speed profile',
});
registerEnumType(QuotaMode, { name: 'QuotaMode', description: 'USAGE: users draw on the limit as they move bytes; ALLOCATION: granted data limits are drawn up front' });

@ObjectType('Account')
export class AccountType extends WithResetCycle {
  @Field(() => ID) id: string;
  @Field() username: string;
  @Field(() => Role) role: Role;
  @Field(() => String, { description: 'ACTIVE or DISABLED' }) status: AccountStatus;
  @Field(() => BytesScalar, { nullable: true, description: 'null = unlimited' }) trafficLimit: bigint | null;
  @Field(() => Int, { nullable: true }) maxUsers: number | null;
  @Field(() => QuotaMode) quotaMode: QuotaMode;
  @Field(() => OverLimitAction, { description: 'What happens to its users when it reaches its limit' }) overLimitAction: OverLimitAction;
  @Field(() => ID, { nullable: true, description: 'The speed profile THROTTLE holds its users to' }) throttleProfileId: string | null;
  @Field(() => Int) userCount: number;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) lastLoginAt: Date | null;

  static from({ account, userCount }: AccountView): AccountType {
    return Object.assign(new AccountType(), {
      id: String(account.id),
      username: account.username,
      role: account.role,
      status: account.status,
      trafficLimit: account.trafficLimit,
      maxUsers: account.maxUsers,
      quotaMode: account.quotaMode,
      overLimitAction: account.overLimitAction,
      throttleProfileId: account.throttleProfileId === null ? null : String(account.throttleProfileId),
      userCount,
      createdAt: account.createdAt,
      lastLoginAt: account.lastLoginAt,
      ...cycleFields(serializeCycle(account.cycle)),
    });
  }
}

@ObjectType()
export class AuthAccount {
  @Field(() => ID) id: string;
  @Field() username: string;
  @Field(() => Role) role: Role;
}

@ObjectType()
export class AuthPayload {
  @Field() token: string;
  @Field(() => DateTimeScalar) expiresAt: Date;
  @Field(() => AuthAccount) account: AuthAccount;
}

@ObjectType('ApiKey')
export class ApiKeyType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'The first characters of the key' }) prefix: string;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) lastUsedAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) revokedAt: Date | null;

  static from(k: ApiKeyEntity): ApiKeyType {
    return Object.assign(new ApiKeyType(), {
      id: String(k.id),
      name: k.name,
      prefix: k.prefix,
      createdAt: k.createdAt,
      lastUsedAt: k.lastUsedAt,
      revokedAt: k.revokedAt,
    });
  }
}

@ObjectType()
export class CreatedApiKey {
  @Field(() => ApiKeyType) apiKey: ApiKeyType;
  @Field({ description: 'Shown once; only its hash is stored' }) secret: string;
}
