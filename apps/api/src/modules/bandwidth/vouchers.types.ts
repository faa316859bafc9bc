import { Field, ID, Int, ObjectType } from 'type-graphql';
import { UserStatus } from '@tm/shared';
import { BytesScalar, DateTimeScalar } from '../../platform/graphql/scalars';
import { SpeedProfileType } from './bandwidth.types';
import type { VoucherBatchView, VoucherView } from './vouchers.service';

@ObjectType('Voucher', { description: 'One voucher: a user whose username is the code, and its hotspot login' })
export class VoucherType {
  @Field(() => ID) userId: string;
  @Field() code: string;
  @Field(() => String, { nullable: true }) password: string | null;
  @Field(() => UserStatus) status: string;
  @Field(() => BytesScalar) used: bigint;
  @Field(() => DateTimeScalar, { nullable: true }) expiresAt: Date | null;
  @Field({ description: 'The hotspot login on the router: PENDING, PRESENT, MISSING or FAILED' }) state: string;

  static from(v: VoucherView): VoucherType {
    return Object.assign(new VoucherType(), { ...v, userId: String(v.userId) });
  }
}

@ObjectType('VoucherBatch')
export class VoucherBatchType {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) agentId: string | null;
  @Field(() => String, { nullable: true }) agentUsername: string | null;
  @Field(() => ID) routerId: string;
  @Field() routerName: string;
  @Field(() => SpeedProfileType, { nullable: true }) speedProfile: SpeedProfileType | null;
  @Field(() => Int) count: number;
  @Field(() => BytesScalar, { nullable: true, description: 'Each voucher’s' }) dataLimit: bigint | null;
  @Field(() => Int, { nullable: true }) validitySeconds: number | null;
  @Field() prefix: string;
  @Field(() => DateTimeScalar) createdAt: Date;
  // `vouchers` is a field resolver (VouchersResolver): loaded only when asked for.

  static from(v: VoucherBatchView): VoucherBatchType {
    const b = v.batch;
    return Object.assign(new VoucherBatchType(), {
      id: String(b.id),
      agentId: b.agentId === null ? null : String(b.agentId),
      agentUsername: v.agentUsername,
      routerId: String(b.routerId),
      routerName: v.routerName,
      speedProfile: v.speedProfile ? SpeedProfileType.from(v.speedProfile) : null,
      count: b.count,
      dataLimit: b.dataLimit,
      validitySeconds: b.validitySeconds,
      prefix: b.prefix,
      createdAt: b.createdAt,
    });
  }
}
