import { DataSource, EntityManager, In } from 'typeorm';
import { ResetScope, ResetTrigger, Role } from '@tm/shared';
import { Actor, actorId, isAdmin } from '../../platform/auth/actor';
import { SqlDialect } from '../../platform/db/sql-dialect';
import { inTransaction } from '../../platform/db/transaction';
import { forbidden, notFound } from '../../platform/errors/domain-error';
import { validate } from '../../platform/validation';
import { AccountEntity } from '../accounts';
import { ServerEntity } from '../servers';
import type { SettingsService } from '../settings';
import { UserEntity } from '../users';
import { scheduleActor } from './reset-actor';
import { ResetScheduleEntity } from './reset-schedule.entity';
import { ScheduleInput, SchedulePatch, nextRun, nextRuns, scheduleInputSchema, schedulePatchSchema } from './reset-schedule.policy';
import type { ResetsService } from './resets.service';

export const MAX_PREVIEW_RUNS = 20;

/**
 * Reset schedules (R4): a scope, a cron expression and a time zone. The due-resets job (Agenda) calls
 * runDue every minute; each due schedule is claimed by moving next_run_at forward with a
 * compare-and-set inside the reset's own transaction, so a run happens exactly once across instances,
 * and the next run is counted from now, so runs missed during downtime collapse into one.
 */
export class ResetSchedulesService {
  constructor(
    private readonly ds: DataSource,
    private readonly resets: ResetsService,
    private readonly settings: SettingsService,
  ) {}

  list(actor: Actor): Promise<ResetScheduleEntity[]> {
    this.assertAdmin(actor);
    return this.ds.getRepository(ResetScheduleEntity).find({ order: { id: 'ASC' } });
  }

  async get(actor: Actor, id: number): Promise<ResetScheduleEntity> {
    this.assertAdmin(actor);
    const schedule = await this.ds.getRepository(ResetScheduleEntity).findOne({ where: { id } });
    if (!schedule) throw notFound('Schedule');
    return schedule;
  }

  async create(actor: Actor, input: Omit<ScheduleInput, 'timeZone'> & { timeZone?: string | null }, now = new Date()): Promise<ResetScheduleEntity> {
    this.assertAdmin(actor);
    const data = validate(scheduleInputSchema, { ...input, timeZone: input.timeZone ?? (await this.settings.get()).timeZone });
    await this.assertTarget(data.scope, data.targetId ?? null);
    const id = await inTransaction(this.ds, async (m) => {
      const result = await m.insert(ResetScheduleEntity, {
        name: data.name,
        scope: data.scope,
        targetId: data.targetId ?? null,
        cron: data.cron,
        timeZone: data.timeZone,
        enabled: data.enabled,
        reason: data.reason ?? null,
        nextRunAt: data.enabled ? nextRun(data.cron, data.timeZone, now) : null,
        createdById: actorId(actor),
      });
      return Number(result.identifiers[0].id);
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: number, patch: SchedulePatch, now = new Date()): Promise<ResetScheduleEntity> {
    const current = await this.get(actor, id);
    const data = validate(schedulePatchSchema, patch);
    const next = {
      name: data.name ?? current.name,
      targetId: data.targetId !== undefined ? data.targetId : current.targetId,
      cron: data.cron ?? current.cron,
      timeZone: data.timeZone ?? current.timeZone,
      enabled: data.enabled ?? current.enabled,
      reason: data.reason !== undefined ? data.reason : current.reason,
    };
    // The whole schedule must still make sense (e.g. a user reset keeps a target).
    validate(scheduleInputSchema, { ...next, scope: current.scope });
    if (data.targetId !== undefined) await this.assertTarget(current.scope, next.targetId);
    await inTransaction(this.ds, (m) =>
      m.update(ResetScheduleEntity, { id }, { ...next, nextRunAt: next.enabled ? nextRun(next.cron, next.timeZone, now) : null }),
    );
    return this.get(actor, id);
  }

  async delete(actor: Actor, id: number): Promise<boolean> {
    await this.get(actor, id);
    await inTransaction(this.ds, (m) => m.delete(ResetScheduleEntity, { id }));
    return true;
  }

  /** The next runs of a cron expression, for the portal's preview; BAD_USER_INPUT says what is wrong with it. */
  async preview(actor: Actor, cron: string, timeZone: string | null | undefined, count = 5, now = new Date()): Promise<Date[]> {
    this.assertAdmin(actor);
    return nextRuns(cron, timeZone ?? (await this.settings.get()).timeZone, now, Math.max(1, Math.min(count, MAX_PREVIEW_RUNS)));
  }

  /** Runs every schedule due at `now`; returns how many this instance ran. */
  async runDue(now = new Date()): Promise<number> {
    const sql = new SqlDialect(this.ds.manager);
    const due: Record<string, unknown>[] = await this.ds.query(
      `SELECT id, next_run_at AS due FROM reset_schedules WHERE enabled = ? AND next_run_at IS NOT NULL AND next_run_at <= ? ORDER BY next_run_at, id`,
      [true, sql.date(now)],
    );
    let ran = 0;
    for (const row of due) {
      const schedule = await this.ds.getRepository(ResetScheduleEntity).findOne({ where: { id: Number(row.id) } });
      if (!schedule?.enabled) continue;
      const next = nextRun(schedule.cron, schedule.timeZone, now);
      const claim = (m: EntityManager) => this.advance(m, schedule.id, row.due, next, now);
      const event = await this.resets.run(
        {
          scope: schedule.scope,
          targetId: schedule.targetId,
          trigger: ResetTrigger.SCHEDULED,
          actor: scheduleActor(schedule.name),
          reason: schedule.reason ?? `Schedule “${schedule.name}”`,
          scheduleId: schedule.id,
          withReport: schedule.scope !== ResetScope.DEPLETED,
          claim,
        },
        now,
      );
      if (!event) continue;
      ran++;
      await inTransaction(this.ds, (m) => m.update(ResetScheduleEntity, { id: schedule.id }, { lastEventId: event.id, lastOk: event.ok }));
    }
    return ran;
  }

  /** Each schedule's target name (username, server or agent), for display. */
  async targetLabels(schedules: ResetScheduleEntity[]): Promise<Map<number, string>> {
    const ids = (scope: ResetScope) => [...new Set(schedules.filter((s) => s.scope === scope && s.targetId !== null).map((s) => s.targetId!))];
    const labels = new Map<number, string>();
    const users = ids(ResetScope.USER);
    const agents = ids(ResetScope.AGENT);
    const servers = [...ids(ResetScope.SERVER), ...ids(ResetScope.DEPLETED)];
    const byId = {
      [ResetScope.USER]: new Map((users.length ? await this.ds.getRepository(UserEntity).find({ where: { id: In(users) }, select: { id: true, username: true } }) : []).map((u) => [u.id, u.username])),
      [ResetScope.AGENT]: new Map((agents.length ? await this.ds.getRepository(AccountEntity).find({ where: { id: In(agents) }, select: { id: true, username: true } }) : []).map((a) => [a.id, a.username])),
      [ResetScope.SERVER]: new Map((servers.length ? await this.ds.getRepository(ServerEntity).find({ where: { id: In(servers) }, select: { id: true, name: true } }) : []).map((s) => [s.id, s.name])),
    };
    for (const s of schedules) {
      if (s.targetId === null) continue;
      const names = s.scope === ResetScope.USER ? byId.USER : s.scope === ResetScope.AGENT ? byId.AGENT : byId.SERVER;
      const name = names.get(s.targetId);
      if (name) labels.set(s.id, name);
    }
    return labels;
  }

  private async advance(m: EntityManager, id: number, due: unknown, next: Date | null, now: Date): Promise<boolean> {
    const sql = new SqlDialect(m);
    const moved = await sql.affected(`UPDATE reset_schedules SET next_run_at = ?, last_run_at = ? WHERE id = ? AND next_run_at = ?`, [
      next ? sql.date(next) : null,
      sql.date(now),
      id,
      due,
    ]);
    return moved === 1;
  }

  private async assertTarget(scope: ResetScope, targetId: number | null): Promise<void> {
    if (targetId === null) return;
    const exists =
      scope === ResetScope.USER
        ? await this.ds.getRepository(UserEntity).exists({ where: { id: targetId } })
        : scope === ResetScope.AGENT
          ? await this.ds.getRepository(AccountEntity).exists({ where: { id: targetId, role: Role.AGENT } })
          : await this.ds.getRepository(ServerEntity).exists({ where: { id: targetId } });
    if (!exists) throw notFound(scope === ResetScope.USER ? 'User' : scope === ResetScope.AGENT ? 'Agent' : 'Server');
  }

  private assertAdmin(actor: Actor): void {
    if (!isAdmin(actor)) throw forbidden('Only admins manage reset schedules');
  }
}
