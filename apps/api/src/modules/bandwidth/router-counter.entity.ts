import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bytesColumn } from '../../platform/db/bigint.transformer';

/** The last byte counters the accounting poll read for one hotspot session: the next delta starts here. */
@Entity({ name: 'router_counters' })
export class RouterCounterEntity {
  @PrimaryColumn({ name: 'router_id', type: 'int' })
  routerId: number;

  @PrimaryColumn({ name: 'mac_address', type: 'varchar', length: 17 })
  macAddress: string;

  /** The router's `.id` of the session. */
  @Column({ name: 'session_ref', type: 'varchar', length: 32 })
  sessionRef: string;

  /** Poll time minus the session's uptime: a different value means a new session (re-login, reboot). */
  @Column({ name: 'login_at', type: 'datetime' })
  loginAt: Date;

  /** Client upload (`bytes-in`) and download (`bytes-out`) as last read. */
  @Column(bytesColumn('up_bytes'))
  upBytes: bigint;

  @Column(bytesColumn('down_bytes'))
  downBytes: bigint;

  @Column({ name: 'read_at', type: 'datetime' })
  readAt: Date;
}
