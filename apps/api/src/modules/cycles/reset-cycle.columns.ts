import { Column } from 'typeorm';
import type { ResetStrategy } from '@tm/shared';

/** A reset cycle, embedded in users (their period usage) and accounts (an agent's charged usage). */
export class ResetCycleColumns {
  @Column({ name: 'reset_strategy', type: 'varchar', length: 16, default: 'NONE' })
  strategy: ResetStrategy;

  @Column({ name: 'billing_day', type: 'smallint', nullable: true })
  billingDay: number | null;

  @Column({ name: 'time_zone', type: 'varchar', length: 64, default: 'UTC' })
  timeZone: string;

  /** When the cycle resets next (UTC); null = no cycle. Found by the due-resets job through its index. */
  @Column({ name: 'next_reset_at', type: 'datetime', nullable: true })
  nextResetAt: Date | null;

  @Column({ name: 'last_reset_at', type: 'datetime', nullable: true })
  lastResetAt: Date | null;
}
