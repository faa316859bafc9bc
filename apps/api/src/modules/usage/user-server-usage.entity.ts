import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bytesColumn } from '../../platform/db/bigint.transformer';

/** The hot counter table: one narrow row per user × server. */
@Entity({ name: 'user_server_usage' })
@Index('ix_user_server_usage_server', ['serverId', 'userId'])
export class UserServerUsageEntity {
  @PrimaryColumn({ name: 'user_id', type: 'int' })
  userId: number;

  @PrimaryColumn({ name: 'server_id', type: 'int' })
  serverId: number;

  @Column(bytesColumn('up_bytes'))
  upBytes: bigint;

  @Column(bytesColumn('down_bytes'))
  downBytes: bigint;

  @Column(bytesColumn('lifetime_up'))
  lifetimeUp: bigint;

  @Column(bytesColumn('lifetime_down'))
  lifetimeDown: bigint;

  @Column({ name: 'last_seen_at', type: 'datetime' })
  lastSeenAt: Date;
}
