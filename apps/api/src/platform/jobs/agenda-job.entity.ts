import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Millisecond datetimes: lock deadlines and sub-second schedules compare on them (MySQL DATETIME alone drops ms). */
const at = (name: string) => ({ name, type: 'datetime', precision: 3, nullable: true }) as const;

/**
 * One Agenda job, stored by our TypeORM backend (platform/jobs/typeorm-job-repository.ts).
 * Persistence only: Agenda's JobParameters are mapped in typeorm-job-mapping.ts.
 */
@Entity({ name: 'agenda_jobs' })
// "Find and lock the next job": name = ? AND (locked_at IS NULL AND next_run_at <= ? OR locked_at <= ?)
@Index('ix_agenda_jobs_find_next', ['name', 'lockedAt', 'nextRunAt'])
export class AgendaJobEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 255 })
  name: string;

  @Column({ type: 'int', default: 0 })
  priority: number;

  /** 'normal' or 'single' (a job `every` keeps once per name). */
  @Column({ type: 'varchar', length: 10, default: 'normal' })
  type: string;

  /** The name for 'single' jobs, NULL otherwise: a unique index both drivers support (NULLs never collide). */
  @Index('uq_agenda_jobs_single', { unique: true })
  @Column({ name: 'single_key', type: 'varchar', length: 255, nullable: true })
  singleKey: string | null;

  @Column(at('next_run_at'))
  nextRunAt: Date | null;

  @Column(at('locked_at'))
  lockedAt: Date | null;

  @Column(at('last_run_at'))
  lastRunAt: Date | null;

  @Column(at('last_finished_at'))
  lastFinishedAt: Date | null;

  @Column(at('failed_at'))
  failedAt: Date | null;

  @Column({ name: 'fail_count', type: 'int', nullable: true })
  failCount: number | null;

  @Column({ name: 'fail_reason', type: 'text', nullable: true })
  failReason: string | null;

  /** A human interval ("5 minutes"), a cron expression, or milliseconds as text. */
  @Column({ name: 'repeat_interval', type: 'varchar', length: 255, nullable: true })
  repeatInterval: string | null;

  @Column({ name: 'repeat_timezone', type: 'varchar', length: 100, nullable: true })
  repeatTimezone: string | null;

  @Column({ name: 'repeat_at', type: 'varchar', length: 255, nullable: true })
  repeatAt: string | null;

  /** The job's data as JSON; NULL when the job has none. */
  @Column({ type: 'text', nullable: true })
  data: string | null;

  @Column({ type: 'boolean', default: false })
  disabled: boolean;

  @Column({ type: 'int', nullable: true })
  progress: number | null;

  @Column({ name: 'last_modified_by', type: 'varchar', length: 255, nullable: true })
  lastModifiedBy: string | null;

  @Column(at('debounce_started_at'))
  debounceStartedAt: Date | null;

  @Column(at('start_date'))
  startDate: Date | null;

  @Column(at('end_date'))
  endDate: Date | null;

  /** Days of the week to skip, JSON (`[0,6]`). */
  @Column({ name: 'skip_days', type: 'varchar', length: 32, nullable: true })
  skipDays: string | null;
}
