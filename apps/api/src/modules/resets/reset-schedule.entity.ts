import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ResetScope } from '@tm/shared';

/** A reset (or depleted-users cleanup) run on a cron schedule in a time zone. */
@Entity({ name: 'reset_schedules' })
@Index('ix_reset_schedules_due', ['enabled', 'nextRunAt'])
export class ResetScheduleEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  scope: ResetScope;

  @Column({ name: 'target_id', type: 'int', nullable: true })
  targetId: number | null;

  @Column({ type: 'varchar', length: 100 })
  cron: string;

  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone: string;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  /**
   * The run to do next. Whoever moves it forward (compare-and-set on the old value, in the run's own
   * transaction) runs it, so two instances never run one tick twice.
   */
  @Column({ name: 'next_run_at', type: 'datetime', nullable: true })
  nextRunAt: Date | null;

  @Column({ name: 'last_run_at', type: 'datetime', nullable: true })
  lastRunAt: Date | null;

  @Column({ name: 'last_event_id', type: 'int', nullable: true })
  lastEventId: number | null;

  @Column({ name: 'last_ok', type: 'boolean', nullable: true })
  lastOk: boolean | null;

  @Column({ name: 'created_by_id', type: 'int', nullable: true })
  createdById: number | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}
