import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ResetScope, ResetTrigger } from '@tm/shared';
import { bytesColumn } from '../../platform/db/bigint.transformer';

/** Who ran a reset: a signed-in account, an API key, a schedule, or the system (billing cycles, the CLI). */
export type ResetActorKind = 'ACCOUNT' | 'API_KEY' | 'SCHEDULE' | 'SYSTEM';

/** The audit record of one reset attempt, successful or not (its zeroed counters are in reset_snapshot_rows). */
@Entity({ name: 'reset_events' })
@Index('ix_reset_events_agent', ['agentId', 'id'])
@Index('ix_reset_events_target', ['scope', 'targetId', 'id'])
export class ResetEventEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 16 })
  scope: ResetScope;

  @Column({ name: 'target_id', type: 'int', nullable: true })
  targetId: number | null;

  /** Username or server name at the time, so the record reads well after a delete. */
  @Column({ name: 'target_label', type: 'varchar', length: 100, nullable: true })
  targetLabel: string | null;

  /** Whose users it touched, for an agent's view: the user's agent, or the agent reset; null = admins only. */
  @Column({ name: 'agent_id', type: 'int', nullable: true })
  agentId: number | null;

  @Column({ name: 'actor_kind', type: 'varchar', length: 16 })
  actorKind: ResetActorKind;

  @Column({ name: 'actor_id', type: 'int', nullable: true })
  actorId: number | null;

  @Column({ name: 'actor_label', type: 'varchar', length: 100, nullable: true })
  actorLabel: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Column({ name: 'trigger_kind', type: 'varchar', length: 16 })
  trigger: ResetTrigger;

  @Column({ type: 'boolean' })
  ok: boolean;

  @Column({ type: 'varchar', length: 500, nullable: true })
  error: string | null;

  @Column({ name: 'affected_users', type: 'int', default: 0 })
  affectedUsers: number;

  @Column(bytesColumn('bytes_cleared'))
  bytesCleared: bigint;

  @Column({ name: 'schedule_id', type: 'int', nullable: true })
  scheduleId: number | null;

  @Column({ name: 'report_id', type: 'int', nullable: true })
  reportId: number | null;

  @Column({ type: 'datetime' })
  at: Date;

  /** What was pushed to panels for this reset, with their answers (JSON of PanelPushView[]); null: no panel involved. */
  @Column({ name: 'panel_pushes', type: 'text', nullable: true })
  panelPushes: string | null;
}
