import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bytesColumn } from '../../platform/db/bigint.transformer';

/** A traffic report: everything's counters at one moment (stored before each scheduled reset, or on demand). Rows in traffic_report_rows. */
@Entity({ name: 'traffic_reports' })
export class TrafficReportEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'trigger_kind', type: 'varchar', length: 16 })
  trigger: string;

  /** The reset it preceded (scope and target), or ALL for one made on demand. */
  @Column({ type: 'varchar', length: 16 })
  scope: string;

  @Column({ name: 'target_id', type: 'int', nullable: true })
  targetId: number | null;

  @Column({ name: 'target_label', type: 'varchar', length: 100, nullable: true })
  targetLabel: string | null;

  @Column({ name: 'schedule_id', type: 'int', nullable: true })
  scheduleId: number | null;

  @Column({ name: 'reset_event_id', type: 'int', nullable: true })
  resetEventId: number | null;

  @Column({ type: 'int', default: 0 })
  users: number;

  @Column({ type: 'int', default: 0 })
  agents: number;

  @Column({ type: 'int', default: 0 })
  servers: number;

  /** Global period and lifetime totals at the time. */
  @Column(bytesColumn('up_bytes'))
  upBytes: bigint;

  @Column(bytesColumn('down_bytes'))
  downBytes: bigint;

  @Column(bytesColumn('lifetime_bytes'))
  lifetimeBytes: bigint;
}
