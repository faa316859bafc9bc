import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { nullableBytesColumn } from '../../platform/db/bigint.transformer';

/** One generation of hotspot vouchers: N users of an agent, each with a hotspot login on one router. */
@Entity({ name: 'voucher_batches' })
export class VoucherBatchEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('ix_voucher_batches_agent')
  @Column({ name: 'agent_id', type: 'int', nullable: true })
  agentId: number | null;

  @Column({ name: 'router_id', type: 'int' })
  routerId: number;

  @Column({ name: 'speed_profile_id', type: 'int', nullable: true })
  speedProfileId: number | null;

  @Column({ type: 'int' })
  count: number;

  /** Each voucher's data limit. */
  @Column(nullableBytesColumn('data_limit'))
  dataLimit: bigint | null;

  /** Seconds each voucher is valid for; null = no expiry. */
  @Column({ name: 'validity_seconds', type: 'int', nullable: true })
  validitySeconds: number | null;

  @Column({ type: 'varchar', length: 16, default: '' })
  prefix: string;

  @Column({ name: 'created_by_id', type: 'int' })
  createdById: number;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}
