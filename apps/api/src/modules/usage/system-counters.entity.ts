import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bytesColumn } from '../../platform/db/bigint.transformer';

/** System-wide totals in one row (id = 1). Lifetime never decreases. */
@Entity({ name: 'system_counters' })
export class SystemCountersEntity {
  @PrimaryColumn({ type: 'int' })
  id: number;

  @Column(bytesColumn('up_bytes'))
  upBytes: bigint;

  @Column(bytesColumn('down_bytes'))
  downBytes: bigint;

  @Column(bytesColumn('lifetime_bytes'))
  lifetimeBytes: bigint;

  @Column(bytesColumn('samples_count'))
  samplesCount: bigint;
}
