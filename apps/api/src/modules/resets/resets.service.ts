import { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { ErrorCode, RESET_ALL_PHRASE, ResetScope, ResetTrigger, Role } from '@tm/shared';
import { Actor, isAdmin } from '../../platform/auth/actor';
import { inTransaction, withLockRetries } from '../../platform/db/transaction';
import { DomainError, badInput, forbidden, notFound } from '../../platform/errors/domain-error';
import type { Logger } from '../../platform/logger/logger';
import type { PubSub } from '../../platform/pubsub/pubsub';
import { validate } from '../../platform/validation';
import { AccountEntity, agentNotFound } from '../accounts';
import type { EnforcementScope } from '../limits';
import { ServerEntity } from '../servers';
import type { SettingsService } from '../settings';
import { UserEntity, userNotFound, USER_CHANGED, UserChangedPayload } from '../users';
import { ResetActor, resetActorOf } from './reset-actor';
import { CounterReset, CountersCleared } from './reset-counters';
import { ResetEventEntity } from './reset-event.entity';
import type { PanelPushView, ResetPanels } from './resets.ports';
import { RESET_PERFORMED, SerializedResetEvent } from './resets.topics';
import type { TrafficReportsService } from './traffic-reports.service';

/** One reset to run, however it was asked for (a mutation, a schedule, a billing cycle, the CLI). */
export interface ResetRequest {
  scope: ResetScope;
  targetId: number | null;
  trigger: ResetTrigger;
  actor: ResetActor;
  reason: string | null;
  scheduleId?: number | null;
  /** Store a traffic report of everything first, in the same transaction (scheduled resets). */
  withReport?: boolean;
  /**
   * Runs first inside the reset's transaction (a compare-and-set on a due time). False: another
   * instance got there first, so nothing happens and nothing is recorded.
   */
  claim?: (m: EntityManager) => Promise<boolean>;
}

/** What a reset's audit row says about its target, resolved before it runs. */
interface Target {
  label: string | null;
  /** Whose events these are for an agent's view; null = admins only. */
  agentId: number | null;
}

const reasonSchema = z.string().trim().max(500, 'At most 500 characters').nullable().optional();

export interface ResetsServiceDeps {
  settings: SettingsService;
  reports: TrafficReportsService;
  /** Brings statuses in line after a reset (LIMITED users back under their limit, SUSPENDED users of a reset agent). */
  enforce: (scope: EnforcementScope) => Promise<unknown>;
  logger: Logger;
  /** The panels we're connected to (connectors): their counters are reset with ours. */
  panels?: ResetPanels;
}

/**
 * Resets of period counters (R1) and the cleanup of depleted users (R5), each one transaction, each
 * attempt audited (R2): a reset that fails inside its transaction leaves every counter as it was and
 * is recorded as failed; one refused up front (not allowed, wrong phrase, no such target) is recorded
 * too, then the error goes back to the caller. Lifetime counters are never touched.
 */
export class ResetsService {
  constructor(
    private readonly ds: DataSource,
    private readonly pubsub: PubSub,
    private readonly deps: ResetsServiceDeps,
  ) {}

  /** One user's period usage: admins, or an agent for its own users when settings allow it. */
  resetUser(actor: Actor, userId: number, reason?: string | null): Promise<ResetEventEntity> {
    return this.manual(actor, ResetScope.USER, userId, reason, async () => {
      const target = await this.target(ResetScope.USER, userId);
      if (!isAdmin(actor)) {
        if (actor.kind !== 'account' || target.agentId !== actor.accountId) throw userNotFound();
        if (!(await this.deps.settings.get()).agentsCanResetUsers) throw forbidden('Agents may not reset their users’ traffic (an admin can allow it in settings)');
      }
      return target;
    });
  }

  resetServer(actor: Actor, serverId: number, reason?: string | null): Promise<ResetEventEntity> {
    return this.manual(actor, ResetScope.SERVER, serverId, reason, () => this.adminOnly(actor, ResetScope.SERVER, serverId));
  }

  /** An agent's charged usage. Never by an agent, not even its own: that would let it escape its limit. */
  resetAgent(actor: Actor, agentId: number, reason?: string | null): Promise<ResetEventEntity> {
    return this.manual(actor, ResetScope.AGENT, agentId, reason, () => this.adminOnly(actor, ResetScope.AGENT, agentId));
  }

  /** Everything; `confirm` must be the exact phrase, whoever calls (invariant 5). */
  resetAll(actor: Actor, confirm: string, reason?: string | null): Promise<ResetEventEntity> {
    return this.manual(actor, ResetScope.ALL, null, reason, async () => {
      if (!isAdmin(actor)) throw forbidden('Only admins reset everything');
      if (confirm !== RESET_ALL_PHRASE) {
        throw badInput(`To reset everything, confirm with the exact phrase "${RESET_ALL_PHRASE}"`, { fields: { confirm: `Type ${RESET_ALL_PHRASE}` } });
      }
      return { label: null, agentId: null };
    });
  }

  /** Deletes users whose data limit is reached or whose expiry passed, of one server or everywhere. */
  deleteDepleted(actor: Actor, serverId: number | null, reason?: string | null): Promise<ResetEventEntity> {
    return this.manual(actor, ResetScope.DEPLETED, serverId, reason, () => this.adminOnly(actor, ResetScope.DEPLETED, serverId));
  }

  /**
   * Runs a reset in one transaction and records it; returns its event, or null when `claim` said
   * someone else did it. A failure inside is recorded as a failed event (and returned, not thrown).
   */
  async run(request: ResetRequest, now = new Date()): Promise<ResetEventEntity | null> {
    let target: Target;
    try {
      target = await this.target(request.scope, request.targetId);
    } catch (err) {
      return this.recordFailure(request, { label: null, agentId: null }, err, now);
    }
    // Panels first (their bytes counted, then their counters reset): a manual reset the panel refused
    // changes nothing here; a scheduled one goes ahead and the panel gets it on its next poll.
    let pushes: PanelPushView[] = [];
    if (this.deps.panels) {
      try {
        pushes = await this.deps.panels.beforeReset(request.scope, request.targetId);
      } catch (err) {
        return this.recordFailure(request, target, err, now);
      }
      const refused = pushes.filter((p) => !p.ok);
      if (refused.length && request.trigger === ResetTrigger.MANUAL) {
        const error = new DomainError(ErrorCode.UNAVAILABLE, `Nothing was reset: ${refused.map((p) => `panel "${p.connectorName}" answered "${p.message}"`).join('; ')}`.slice(0, 500));
        return this.recordFailure(request, target, error, now, pushes);
      }
    }
    let done: { eventId: number; cleared: CountersCleared } | null;
    try {
      done = await withLockRetries(() =>
        inTransaction(this.ds, async (m) => {
          if (request.claim && !(await request.claim(m))) return null;
          const eventId = await this.insertEvent(m, request, target, now, { ok: true, error: null }, pushes);
          const reportId = request.withReport
            ? await this.deps.reports.capture(m, {
                trigger: request.trigger,
                scope: request.scope,
                targetId: request.targetId,
                targetLabel: target.label,
                scheduleId: request.scheduleId ?? null,
                resetEventId: eventId,
                now,
              })
            : null;
          const cleared = await new CounterReset(m, eventId, now).run(request.scope, request.targetId);
          await m.update(ResetEventEntity, { id: eventId }, { affectedUsers: cleared.affectedUsers, bytesCleared: cleared.bytesCleared, reportId });
          return { eventId, cleared };
        }),
      );
    } catch (err) {
      return this.recordFailure(request, target, err, now);
    }
    if (!done) return null;
    const refused = pushes.filter((p) => !p.ok);
    if (refused.length) await this.deps.panels?.deferFailed(request.scope, request.targetId, refused);
    if (this.deps.panels && done.cleared.deleted.length) {
      const deletions = await this.deps.panels.afterDeleted(done.cleared.deleted.map((d) => d.id), request.scope === ResetScope.DEPLETED ? request.targetId : null);
      if (deletions.length) await this.ds.getRepository(ResetEventEntity).update({ id: done.eventId }, { panelPushes: JSON.stringify([...pushes, ...deletions]) });
    }
    await this.afterReset(done.cleared);
    const event = await this.ds.getRepository(ResetEventEntity).findOneByOrFail({ id: done.eventId });
    await this.publish(event);
    return event;
  }

  /** A reset asked for by an actor: checked by `authorize` (which also names the target), run, recorded either way. */
  private async manual(actor: Actor, scope: ResetScope, targetId: number | null, reason: string | null | undefined, authorize: () => Promise<Target>) {
    const request: ResetRequest = { scope, targetId, trigger: ResetTrigger.MANUAL, actor: resetActorOf(actor), reason: reason?.trim().slice(0, 500) || null };
    try {
      request.reason = validate(reasonSchema, reason) || null;
      await authorize();
    } catch (err) {
      await this.recordFailure(request, { label: null, agentId: null }, err, new Date());
      throw err;
    }
    const event = await this.run(request);
    return event!;
  }

  private async adminOnly(actor: Actor, scope: ResetScope, targetId: number | null): Promise<Target> {
    if (!isAdmin(actor)) throw forbidden(scope === ResetScope.DEPLETED ? 'Only admins delete depleted users' : `Only admins reset ${scope === ResetScope.AGENT ? 'an agent’s usage' : 'a server'}`);
    return this.target(scope, targetId);
  }

  /** The target's name and owner; NOT_FOUND when it doesn't exist. */
  private async target(scope: ResetScope, targetId: number | null): Promise<Target> {
    switch (scope) {
      case ResetScope.USER: {
        const user = await this.ds.getRepository(UserEntity).findOne({ where: { id: targetId! }, select: { id: true, username: true, agentId: true } });
        if (!user) throw userNotFound();
        return { label: user.username, agentId: user.agentId };
      }
      case ResetScope.AGENT: {
        const agent = await this.ds.getRepository(AccountEntity).findOne({ where: { id: targetId!, role: Role.AGENT }, select: { id: true, username: true } });
        if (!agent) throw agentNotFound();
        return { label: agent.username, agentId: agent.id };
      }
      case ResetScope.SERVER:
      case ResetScope.DEPLETED: {
        if (targetId === null) return { label: null, agentId: null };
        const server = await this.ds.getRepository(ServerEntity).findOne({ where: { id: targetId }, select: { id: true, name: true } });
        if (!server) throw notFound('Server');
        return { label: server.name, agentId: null };
      }
      case ResetScope.ALL:
        return { label: null, agentId: null };
    }
  }

  private async insertEvent(m: EntityManager, r: ResetRequest, target: Target, now: Date, outcome: { ok: boolean; error: string | null }, pushes: PanelPushView[] = []): Promise<number> {
    const result = await m.insert(ResetEventEntity, {
      scope: r.scope,
      targetId: r.targetId,
      targetLabel: target.label,
      agentId: target.agentId,
      actorKind: r.actor.kind,
      actorId: r.actor.id,
      actorLabel: r.actor.label?.slice(0, 100) ?? null,
      reason: r.reason,
      trigger: r.trigger,
      ok: outcome.ok,
      error: outcome.error,
      affectedUsers: 0,
      bytesCleared: 0n,
      scheduleId: r.scheduleId ?? null,
      reportId: null,
      at: now,
      panelPushes: pushes.length ? JSON.stringify(pushes) : null,
    });
    return Number(result.identifiers[0].id);
  }

  /**
   * The audit row of a failed attempt, in its own transaction after the reset's rolled back. A refusal
   * keeps its message; anything else is logged in full and recorded without internals.
   */
  private async recordFailure(r: ResetRequest, target: Target, err: unknown, now: Date, pushes: PanelPushView[] = []): Promise<ResetEventEntity | null> {
    const error = err instanceof DomainError ? err.message : 'The reset failed and nothing was changed (see the server log)';
    if (!(err instanceof DomainError)) this.deps.logger.error({ err, scope: r.scope, targetId: r.targetId }, 'reset failed');
    // A refused attempt on someone else's target is for admins' eyes only.
    const visible = err instanceof DomainError && err.code !== 'BAD_USER_INPUT' ? { ...target, agentId: null } : target;
    // A claimed run claims its failure too: one instance records it, and the due time moves on.
    const id = await inTransaction(this.ds, async (m) => {
      if (r.claim && !(await r.claim(m))) return null;
      return this.insertEvent(m, r, visible, now, { ok: false, error: error.slice(0, 500) }, pushes);
    });
    if (id === null) return null;
    const event = await this.ds.getRepository(ResetEventEntity).findOneByOrFail({ id });
    await this.publish(event);
    return event;
  }

  /** Statuses follow the new counters; deleted users are announced. A failure here leaves the reset done: the periodic check catches up. */
  private async afterReset(cleared: CountersCleared): Promise<void> {
    try {
      if (cleared.everyone) await this.deps.enforce({ kind: 'all' });
      else {
        if (cleared.userIds.length) await this.deps.enforce({ kind: 'users', userIds: cleared.userIds });
        if (cleared.agentIds.length) await this.deps.enforce({ kind: 'agents', agentIds: cleared.agentIds });
      }
    } catch (err) {
      this.deps.logger.error({ err }, 'enforcement after a reset failed; the periodic check will catch up');
    }
    for (const d of cleared.deleted) {
      await this.pubsub.publish(USER_CHANGED, { kind: 'DELETED', userId: d.id, agentId: d.agentId, user: null } satisfies UserChangedPayload);
    }
  }

  private async publish(e: ResetEventEntity): Promise<void> {
    await this.pubsub.publish(RESET_PERFORMED, serializeResetEvent(e));
  }
}

export function serializeResetEvent(e: ResetEventEntity): SerializedResetEvent {
  return {
    id: e.id,
    scope: e.scope,
    targetId: e.targetId,
    targetLabel: e.targetLabel,
    agentId: e.agentId,
    actorKind: e.actorKind,
    actorId: e.actorId,
    actorLabel: e.actorLabel,
    reason: e.reason,
    trigger: e.trigger,
    ok: e.ok,
    error: e.error,
    affectedUsers: e.affectedUsers,
    bytesCleared: e.bytesCleared.toString(),
    scheduleId: e.scheduleId,
    reportId: e.reportId,
    at: e.at.toISOString(),
    panelPushes: e.panelPushes ? (JSON.parse(e.panelPushes) as PanelPushView[]) : [],
  };
}
