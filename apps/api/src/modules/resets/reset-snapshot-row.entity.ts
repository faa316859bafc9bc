import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { nullableBytesColumn, bytesColumn } from '../../platform/db/bigint.transformer';

/** What a snapshot row holds: a user's period, its period on one server, a server's period, an agent's charged usage, the global period. */
export type SnapshotKind = 'USER' | 'USER_SERVER' | 'SERVER' | 'AGENT' | 'SYSTEM';

/**
 * One counter as it was just before a reset changed it (one row per counter, written in the reset's own
 * transaction with INSERT … SELECT, so a reset of 10⁵ users keeps an exact, complete record).
 */
@Entity({ name: 'reset_snapshot_rows' })
@Index('ix_reset_snapshot_event', ['eventId', 'kind', 'id'])
export class ResetSnapshotRowEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'event_id', type: 'int' })
  eventId: number;

  @Column({ type: 'varchar', length: 16 })
  kind: SnapshotKind;

  /** The user, server or agent id (1 for SYSTEM). */
  @Column({ name: 'subject_id', type: 'int' })
  subjectId: number;

  /** For USER_SERVER: the server. */
  @Column({ name: 'server_id', type: 'int', nullable: true })
  serverId: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  label: string | null;

  /** Up and down before; null for an agent, whose charged usage has no direction. */
  @Column(nullableBytesColumn('up_bytes'))
  upBytes: bigint | null;

  @Column(nullableBytesColumn('down_bytes'))
  downBytes: bigint | null;

  /** The counter's total before (up + down, or the agent's charged bytes). */
  @Column(bytesColumn('bytes'))
  bytes: bigint;
}
