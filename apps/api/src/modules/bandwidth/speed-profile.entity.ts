import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { bytesColumn } from '../../platform/db/bigint.transformer';

/** A speed tier (seed 004's profiles.json): BASIC / STANDARD / PREMIUM are seeded by a migration. */
@Entity({ name: 'speed_profiles' })
export class SpeedProfileEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('uq_speed_profiles_name', { unique: true })
  @Column({ type: 'varchar', length: 50 })
  name: string;

  /** Bits per second. */
  @Column(bytesColumn('up_bps'))
  upBps: bigint;

  @Column(bytesColumn('down_bps'))
  downBps: bigint;

  /** In the operator's currency; informational. */
  @Column({ type: 'decimal', precision: 12, scale: 2, nullable: true, transformer: { to: (v: number | null) => v, from: (v: unknown) => (v === null || v === undefined ? null : Number(v)) } })
  price: number | null;

  /** How long a voucher of this tier lasts, like "1h" or "2d"; informational. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  validity: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}
