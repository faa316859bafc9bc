import { Column } from 'typeorm';
import { bytesColumn } from '../../platform/db/bigint.transformer';

/**
 * Where the accounting poll last read one session's byte counters (hotspot or PPP): the next delta
 * starts here. Embedded in router_counters and router_ppp_counters.
 */
export class SessionCursorColumns {
  /** The router's `.id` of the session: another one means a new session (re-login, re-dial). */
  @Column({ name: 'session_ref', type: 'varchar', length: 32 })
  sessionRef: string;

  /** Poll time minus the session's uptime: a different value means a new session (re-login, reboot). */
  @Column({ name: 'login_at', type: 'datetime' })
  loginAt: Date;

  /** Client upload and download as last read. */
  @Column(bytesColumn('up_bytes'))
  upBytes: bigint;

  @Column(bytesColumn('down_bytes'))
  downBytes: bigint;

  @Column({ name: 'read_at', type: 'datetime' })
  readAt: Date;
}
