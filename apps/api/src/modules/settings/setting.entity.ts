import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Admin-editable settings, one row per key, values as JSON text. */
@Entity({ name: 'settings' })
export class SettingEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  key: string;

  @Column({ type: 'text' })
  value: string;

  @Column({ name: 'updated_by_id', type: 'int', nullable: true })
  updatedById: number | null;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}
