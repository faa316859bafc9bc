import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OverLimitAction, UserStatus } from '@tm/shared';
import { networkAccess } from './access.policy';
import { PageInfo } from '../../platform/graphql/pagination';
import { BytesScalar, DateTimeScalar } from '../../platform/graphql/scalars';
import { WithResetCycle, cycleFields, serializeCycle } from '../cycles';
import type { UserPage, UserView } from './users.service';
import type { SerializedUser, UserChangeKind } from './users.topics';

registerEnumType(UserStatus, { name: 'UserStatus' });

export enum UserChangeKindEnum {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  DELETED = 'DELETED',
}
registerEnumType(UserChangeKindEnum, { name: 'UserChangeKind' });

@ObjectType('User')
export class UserType extends WithResetCycle {
  @Field(() => ID) id: string;
  @Field() username: string;
  @Field({ description: 'What traffic sources report as user_token' }) token: string;
  @Field(() => ID, { nullable: true, description: 'The owning agent; null for admin-owned users' }) agentId: string | null;
  @Field(() => String, { nullable: true }) agentUsername: string | null;
  @Field(() => UserStatus) status: UserStatus;
  @Field(() => BytesScalar, { nullable: true, description: 'null = unlimited' }) dataLimit: bigint | string | null;
  @Field(() => BytesScalar, { description: 'Period usage: up + down since the last reset' }) used: bigint | string;
  @Field(() => BytesScalar) up: bigint | string;
  @Field(() => BytesScalar) down: bigint | string;
  @Field(() => BytesScalar, { description: 'Bytes ever counted; never decreases' }) lifetime: bigint | string;
  @Field(() => DateTimeScalar, { nullable: true }) expiresAt: Date | null;
  @Field(() => String, { nullable: true }) macAddress: string | null;
  @Field(() => OverLimitAction, { nullable: true, description: 'Over its own data limit; null = as its agent' }) overLimitAction: OverLimitAction | null;
  @Field(() => ID, { nullable: true, description: "THROTTLE's speed profile; null = its agent's" }) throttleProfileId: string | null;
  @Field({ description: 'Over its line and kept online at a throttle speed instead of being cut off' }) throttled: boolean;
  @Field(() => DateTimeScalar) createdAt: Date;

  static from({ user, agentUsername, agentChoice }: UserView): UserType {
    return Object.assign(new UserType(), {
      id: String(user.id),
      username: user.username,
      token: user.token,
      agentId: user.agentId === null ? null : String(user.agentId),
      agentUsername,
      status: user.status,
      dataLimit: user.dataLimit,
      used: user.upBytes + user.downBytes,
      up: user.upBytes,
      down: user.downBytes,
      lifetime: user.lifetimeBytes,
      expiresAt: user.expiresAt,
      macAddress: user.macAddress,
      overLimitAction: user.overLimitAction,
      throttleProfileId: user.throttleProfileId === null ? null : String(user.throttleProfileId),
      throttled: networkAccess(user.status, { action: user.overLimitAction, throttleProfileId: user.throttleProfileId }, agentChoice).kind === 'THROTTLED',
      createdAt: user.createdAt,
      ...cycleFields(serializeCycle(user.cycle)),
    });
  }

  static fromSerialized(u: SerializedUser): UserType {
    return Object.assign(new UserType(), {
      ...u,
      id: String(u.id),
      agentId: u.agentId === null ? null : String(u.agentId),
      status: u.status as UserStatus,
      overLimitAction: u.overLimitAction as OverLimitAction | null,
      throttleProfileId: u.throttleProfileId === null ? null : String(u.throttleProfileId),
      used: (BigInt(u.up) + BigInt(u.down)).toString(),
      expiresAt: u.expiresAt ? new Date(u.expiresAt) : null,
      createdAt: new Date(u.createdAt),
      ...cycleFields(u.cycle),
    });
  }
}

@ObjectType()
export class UserConnection {
  @Field(() => [UserType]) nodes: UserType[];
  @Field(() => Int) totalCount: number;
  @Field(() => PageInfo) pageInfo: PageInfo;

  static from(page: UserPage): UserConnection {
    return {
      nodes: page.nodes.map(UserType.from),
      totalCount: page.totalCount,
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
    };
  }
}

@ObjectType()
export class UserChange {
  @Field(() => UserChangeKindEnum) kind: UserChangeKind;
  @Field(() => ID) userId: string;
  @Field(() => UserType, { nullable: true, description: 'The user after the change; null when deleted' }) user: UserType | null;
}
