import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bytesColumn } from '../../platform/db/bigint.transformer';

/** The last byte counters the accounting poll read for one PPP session (its `<pppoe-NAME>` interface). */
@Entity({ name: 'router_ppp_counters' })
export class RouterPppCounterEntity {
  @PrimaryColumn({ name: 'router_id', type: 'int' })
  routerId: number;

  /** The PPP login name (`/ppp/active` name). */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name: string;

  /** The router's `.id` of the `/ppp/active` entry: another one means a re-dial. */
  @Column({ name: 'session_ref', type: 'varchar', length: 32 })
  sessionRef: string;

  @Column({ name: 'login_at', type: 'datetime' })
  loginAt: Date;

  /** Client upload (the interface's `rx-byte`) and download (`tx-byte`) as last read. */
  @Column(bytesColumn('up_bytes'))
  upBytes: bigint;

  @Column(bytesColumn('down_bytes'))
  downBytes: bigint;

  @Column({ name: 'read_at', type: 'datetime' })
  readAt: Date;
}
