import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bytesColumn } from '../../platform/db/bigint.transformer';

/** Hourly rollup per user × server × protocol, kept forever (charts, per-server breakdowns). */
@Entity({ name: 'usage_hourly' })
@Index('ix_usage_hourly_hour', ['hour'])
export class UsageHourlyEntity {
  @PrimaryColumn({ name: 'user_id', type: 'int' })
  userId: number;

  @PrimaryColumn({ name: 'server_id', type: 'int' })
  serverId: number;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  protocol: string;

  @PrimaryColumn({ type: 'datetime' })
  hour: Date;

  @Column(bytesColumn('up_bytes'))
  upBytes: bigint;

  @Column(bytesColumn('down_bytes'))
  downBytes: bigint;

  @Column({ type: 'int', default: 0 })
  samples: number;

  @Column({ name: 'last_seen_at', type: 'datetime' })
  lastSeenAt: Date;
}

/** Hourly rollup per owner (agent id, 0 for admin-owned users): agent and global charts stay cheap. */
@Entity({ name: 'usage_hourly_agent' })
@Index('ix_usage_hourly_agent_hour', ['hour'])
export class UsageHourlyAgentEntity {
  @PrimaryColumn({ name: 'agent_key', type: 'int' })
  agentKey: number;

  @PrimaryColumn({ type: 'datetime' })
  hour: Date;

  @Column(bytesColumn('up_bytes'))
  upBytes: bigint;

  @Column(bytesColumn('down_bytes'))
  downBytes: bigint;

  @Column({ type: 'int', default: 0 })
  samples: number;
}
