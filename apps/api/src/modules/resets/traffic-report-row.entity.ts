import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bytesColumn, nullableBytesColumn } from '../../platform/db/bigint.transformer';

export type ReportRowKind = 'AGENT' | 'USER' | 'SERVER';

/** One agent, user or server in a traffic report, with its period and lifetime bytes at the time. */
@Entity({ name: 'traffic_report_rows' })
@Index('ix_traffic_report_rows_report', ['reportId', 'kind', 'id'])
export class TrafficReportRowEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'report_id', type: 'int' })
  reportId: number;

  @Column({ type: 'varchar', length: 8 })
  kind: ReportRowKind;

  @Column({ name: 'subject_id', type: 'int' })
  subjectId: number;

  @Column({ type: 'varchar', length: 100 })
  label: string;

  /** A user's agent (null for an admin's user and for agents and servers). */
  @Column({ name: 'agent_id', type: 'int', nullable: true })
  agentId: number | null;

  /** Null for agents, whose charged usage has no direction. */
  @Column(nullableBytesColumn('up_bytes'))
  upBytes: bigint | null;

  @Column(nullableBytesColumn('down_bytes'))
  downBytes: bigint | null;

  /** Period bytes: up + down, or an agent's charged bytes. */
  @Column(bytesColumn('period_bytes'))
  periodBytes: bigint;

  @Column(bytesColumn('lifetime_bytes'))
  lifetimeBytes: bigint;
}
