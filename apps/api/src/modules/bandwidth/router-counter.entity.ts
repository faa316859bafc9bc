import { Column, Entity, PrimaryColumn } from 'typeorm';
import { SessionCursorColumns } from './session-cursor.columns';

/** The last byte counters the accounting poll read for one hotspot session (`bytes-in` / `bytes-out`). */
@Entity({ name: 'router_counters' })
export class RouterCounterEntity {
  @PrimaryColumn({ name: 'router_id', type: 'int' })
  routerId: number;

  @PrimaryColumn({ name: 'mac_address', type: 'varchar', length: 17 })
  macAddress: string;

  @Column(() => SessionCursorColumns, { prefix: false })
  cursor: SessionCursorColumns;
}
