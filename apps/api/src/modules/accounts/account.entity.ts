import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AccountStatus, OverLimitAction, QuotaMode, Role } from '@tm/shared';
import { ResetCycleColumns } from '../cycles';
import { bytesColumn, nullableBytesColumn } from '../../platform/db/bigint.transformer';

/** A portal login: an admin or an agent (reseller). Agents carry their quota and counters here. */
@Entity({ name: 'accounts' })
@Index('ix_accounts_next_reset', ['cycle.nextResetAt'])
export class AccountEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('uq_accounts_username', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  username: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ type: 'varchar', length: 16 })
  role: Role;

  @Column({ type: 'varchar', length: 16, default: 'ACTIVE' })
  status: AccountStatus;

  /** Bytes this agent may sell; null = unlimited. */
  @Column(nullableBytesColumn('traffic_limit'))
  trafficLimit: bigint | null;

  @Column({ name: 'quota_mode', type: 'varchar', length: 16, default: 'USAGE' })
  quotaMode: QuotaMode;

  /** What happens to its users when its charged usage reaches its limit (SUSPEND or THROTTLE); set by admins. */
  @Column({ name: 'over_limit_action', type: 'varchar', length: 16, default: 'SUSPEND' })
  overLimitAction: OverLimitAction;

  /** The speed profile THROTTLE holds its users to; also its users' default for their own data limits. */
  @Column({ name: 'throttle_profile_id', type: 'int', nullable: true })
  throttleProfileId: number | null;

  @Column({ name: 'max_users', type: 'int', nullable: true })
  maxUsers: number | null;

  /** Bytes its users moved since the agent's own last reset (never lowered by user deletes or resets). */
  @Column(bytesColumn('charged_bytes'))
  chargedBytes: bigint;

  /** Data limit granted to users, drawn in ALLOCATION mode. */
  @Column(bytesColumn('allocated_bytes'))
  allocatedBytes: bigint;

  /** Bytes ever moved by its users; never decreases. */
  @Column(bytesColumn('lifetime_bytes'))
  lifetimeBytes: bigint;

  /** The highest alert threshold (75, 90, 100 %) raised for its traffic limit this period; 0 = none. */
  @Column({ name: 'alert_level', type: 'smallint', default: 0 })
  alertLevel: number;

  /** When its period usage resets by itself (billing cycle). */
  @Column(() => ResetCycleColumns, { prefix: false })
  cycle: ResetCycleColumns;

  @Column({ name: 'created_by_id', type: 'int', nullable: true })
  createdById: number | null;

  @Column({ name: 'last_login_at', type: 'datetime', nullable: true })
  lastLoginAt: Date | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}
