import { Column, Entity, PrimaryColumn } from 'typeorm';
import { SessionCursorColumns } from './session-cursor.columns';

/** The last byte counters the accounting poll read for one PPP session (its `<pppoe-NAME>` interface's rx/tx). */
@Entity({ name: 'router_ppp_counters' })
export class RouterPppCounterEntity {
  @PrimaryColumn({ name: 'router_id', type: 'int' })
  routerId: number;

  /** The PPP login name (`/ppp/active` name). */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name: string;

  @Column(() => SessionCursorColumns, { prefix: false })
  cursor: SessionCursorColumns;
}
