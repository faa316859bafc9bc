import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bytesColumn, nullableBytesColumn } from '../../platform/db/bigint.transformer';

/**
 * One user (3x-ui: one client of one inbound) of a panel as the last poll saw it: where its counters
 * were read (the cursor the next delta starts from), which of our users it is, and what we did to it.
 * Rows are kept for users that left the panel, so one coming back is counted from its new start.
 */
@Entity({ name: 'panel_users' })
@Index('ix_panel_users_user', ['userId'])
export class PanelUserEntity {
  @PrimaryColumn({ name: 'connector_id', type: 'int' })
  connectorId: number;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  inbound: string;

  /** Marzban / PasarGuard username, 3x-ui client email: our user of the same name is this user. */
  @PrimaryColumn({ name: 'panel_key', type: 'varchar', length: 128 })
  panelKey: string;

  /** Our user, matched by name at the last poll; kept after our user is deleted, so its service ends. */
  @Column({ name: 'user_id', type: 'int', nullable: true })
  userId: number | null;

  /** The panel's cumulative counters (client upload / download) as last read. */
  @Column(bytesColumn('up_bytes'))
  upBytes: bigint;

  @Column(bytesColumn('down_bytes'))
  downBytes: bigint;

  /** Bumped when the counters start over (a reset in the panel, a re-created user): part of sample ids. */
  @Column({ type: 'int', default: 0 })
  segment: number;

  @Column({ name: 'read_at', type: 'datetime' })
  readAt: Date;

  /** The counters survive a reset in the panel (Marzban's lifetime_used_traffic): our resets leave the cursor alone. */
  @Column({ type: 'boolean', default: false })
  lifetime: boolean;

  /** A reset of ours that the panel hasn't taken yet (it was down at a scheduled reset): pushed by the next poll. */
  @Column({ name: 'reset_pending', type: 'boolean', default: false })
  resetPending: boolean;

  /** In the panel's list at the last poll. */
  @Column({ type: 'boolean', default: true })
  present: boolean;

  /** Enabled in the panel at the last poll (or after our last push). */
  @Column({ type: 'boolean' })
  enabled: boolean;

  /** The panel's own word: active, disabled, limited, expired, on_hold (3x-ui: enabled, disabled, depleted, expired). */
  @Column({ name: 'panel_status', type: 'varchar', length: 16 })
  panelStatus: string;

  /** WE disabled it: only these are enabled again, so one an operator disabled by hand stays so. */
  @Column({ type: 'boolean', default: false })
  held: boolean;

  @Column(nullableBytesColumn('data_limit'))
  dataLimit: bigint | null;

  @Column({ name: 'expires_at', type: 'datetime', nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'varchar', length: 32, default: '' })
  protocol: string;
}
