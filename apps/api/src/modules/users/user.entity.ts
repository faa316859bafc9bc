import { randomBytes } from 'node:crypto';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ResetStrategy, UserStatus, type OverLimitAction } from '@tm/shared';
import { ResetCycleColumns } from '../cycles';
import { bytesColumn, nullableBytesColumn } from '../../platform/db/bigint.transformer';

/** An end user of the network (a panel's user or client, a hotspot voucher). */
@Entity({ name: 'users' })
@Index('ix_users_agent_status', ['agentId', 'status'])
@Index('ix_users_next_reset', ['cycle.nextResetAt'])
export class UserEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('uq_users_username', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  username: string;

  /** What traffic sources report as `user_token`; random, unique. */
  @Index('uq_users_token', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  token: string;

  /** The owning agent; null when an admin owns the user. */
  @Column({ name: 'agent_id', type: 'int', nullable: true })
  agentId: number | null;

  @Column({ name: 'created_by_id', type: 'int' })
  createdById: number;

  @Column({ type: 'varchar', length: 16, default: 'ACTIVE' })
  status: UserStatus;

  @Column(nullableBytesColumn('data_limit'))
  dataLimit: bigint | null;

  @Column({ name: 'expires_at', type: 'datetime', nullable: true })
  expiresAt: Date | null;

  /** Over its own data limit: SUSPEND or THROTTLE; null = as its agent says. (Over the agent's limit, the agent's choice applies.) */
  @Column({ name: 'over_limit_action', type: 'varchar', length: 16, nullable: true })
  overLimitAction: OverLimitAction | null;

  /** The throttle speed profile for its own data limit; null = its agent's. */
  @Column({ name: 'throttle_profile_id', type: 'int', nullable: true })
  throttleProfileId: number | null;

  @Index('ix_users_mac')
  @Column({ name: 'mac_address', type: 'varchar', length: 17, nullable: true })
  macAddress: string | null;

  /** Period usage (since the user's last reset), split by direction. */
  @Column(bytesColumn('up_bytes'))
  upBytes: bigint;

  @Column(bytesColumn('down_bytes'))
  downBytes: bigint;

  /** Bytes ever counted for this user; never decreases. */
  @Column(bytesColumn('lifetime_bytes'))
  lifetimeBytes: bigint;

  /** The highest alert threshold (75, 90, 100 %) raised for its data limit this period; 0 = none. */
  @Column({ name: 'alert_level', type: 'smallint', default: 0 })
  alertLevel: number;

  /** When its period usage resets by itself (billing cycle). */
  @Column(() => ResetCycleColumns, { prefix: false })
  cycle: ResetCycleColumns;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}

/**
 * A fresh user row: a new random token, zeroed counters, ACTIVE, no limit, no reset cycle (in
 * `timeZone`) unless the fields say otherwise. Every creation path (one user, vouchers, panel imports) starts here.
 */
export function newUser(fields: Partial<UserEntity> & Pick<UserEntity, 'username' | 'agentId' | 'createdById'>, timeZone: string): UserEntity {
  return Object.assign(new UserEntity(), {
    token: randomBytes(16).toString('hex'),
    status: UserStatus.ACTIVE,
    dataLimit: null,
    expiresAt: null,
    macAddress: null,
    overLimitAction: null,
    throttleProfileId: null,
    upBytes: 0n,
    downBytes: 0n,
    lifetimeBytes: 0n,
    alertLevel: 0,
    cycle: { strategy: ResetStrategy.NONE, billingDay: null, timeZone, nextResetAt: null, lastResetAt: null },
    ...fields,
  });
}
