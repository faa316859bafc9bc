import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bytesColumn } from '../../platform/db/bigint.transformer';
import type { AlertDelivery, AlertKind } from './alerts.policy';

/** A usage threshold crossed by a user (its data limit) or an agent (its traffic limit). */
@Entity({ name: 'alerts' })
@Index('ix_alerts_agent', ['agentId', 'id'])
@Index('ix_alerts_unacknowledged', ['acknowledgedAt', 'id'])
export class AlertEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 8 })
  kind: AlertKind;

  /** The user's or the agent's id. */
  @Column({ name: 'subject_id', type: 'int' })
  subjectId: number;

  /** Username at the time, so the alert still reads well after a delete. */
  @Column({ name: 'subject_name', type: 'varchar', length: 64 })
  subjectName: string;

  /** Whose it is, for scoping: the user's agent, or the agent itself; null for an admin's user. */
  @Column({ name: 'agent_id', type: 'int', nullable: true })
  agentId: number | null;

  @Column({ type: 'smallint' })
  threshold: number;

  @Column(bytesColumn('used_bytes'))
  usedBytes: bigint;

  @Column(bytesColumn('limit_bytes'))
  limitBytes: bigint;

  /** At 100 %: what the line does to the subject's users, SUSPEND (cut off) or THROTTLE; null below 100 %. */
  @Column({ name: 'over_limit_action', type: 'varchar', length: 16, nullable: true })
  overLimitAction: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @Column({ name: 'acknowledged_at', type: 'datetime', nullable: true })
  acknowledgedAt: Date | null;

  @Column({ name: 'acknowledged_by_id', type: 'int', nullable: true })
  acknowledgedById: number | null;

  /** Outgoing webhook: NONE (no URL set when raised), PENDING, SENT or FAILED (retries exhausted). */
  @Column({ type: 'varchar', length: 8, default: 'NONE' })
  delivery: AlertDelivery;

  @Column({ name: 'delivery_attempts', type: 'int', default: 0 })
  deliveryAttempts: number;

  @Column({ name: 'delivery_error', type: 'varchar', length: 255, nullable: true })
  deliveryError: string | null;
}
