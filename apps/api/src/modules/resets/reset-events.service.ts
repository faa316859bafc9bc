import { DataSource } from 'typeorm';
import { z } from 'zod';
import { ResetScope, ResetTrigger } from '@tm/shared';
import { Actor, isAdmin } from '../../platform/auth/actor';
import { intOf } from '../../platform/db/rows';
import { forbidden } from '../../platform/errors/domain-error';
import { decodeCursor, encodeCursor, pageSize } from '../../platform/graphql/pagination';
import { validate } from '../../platform/validation';
import { ResetEventEntity } from './reset-event.entity';
import { ResetSnapshotRowEntity, SnapshotKind } from './reset-snapshot-row.entity';

export const resetEventFilterSchema = z.object({
  scope: z.enum(Object.values(ResetScope) as [ResetScope, ...ResetScope[]]).optional(),
  trigger: z.enum(Object.values(ResetTrigger) as [ResetTrigger, ...ResetTrigger[]]).optional(),
  ok: z.boolean().optional(),
  agentId: z.number().int().positive().optional(),
  userId: z.number().int().positive().optional(),
});
export type ResetEventFilterData = z.input<typeof resetEventFilterSchema>;

export interface ResetEventPage {
  nodes: ResetEventEntity[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

/** A reset's before-values as the API shows them (bytes as decimal strings). */
export interface Snapshot {
  users: { id: number; label: string | null; up: string; down: string }[];
  userServers: { userId: number; serverId: number; label: string; up: string; down: string }[];
  servers: { id: number; label: string | null; up: string; down: string }[];
  agents: { id: number; label: string | null; charged: string }[];
  system: { up: string; down: string } | null;
  counts: { users: number; userServers: number; servers: number; agents: number };
  truncated: boolean;
}

export const SNAPSHOT_MAX_ROWS = 5000;

/** Reading the reset audit: admins see every event, an agent the events of its own users (and its own). */
export class ResetEventsService {
  constructor(private readonly ds: DataSource) {}

  async list(actor: Actor, filter: ResetEventFilterData = {}, first?: number | null, after?: string | null): Promise<ResetEventPage> {
    const f = validate(resetEventFilterSchema, filter);
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const q = this.ds.getRepository(ResetEventEntity).createQueryBuilder('e');
    this.scope(actor, q);
    if (f.scope) q.andWhere('e.scope = :scope', { scope: f.scope });
    if (f.trigger) q.andWhere('e.trigger_kind = :trigger', { trigger: f.trigger });
    if (f.ok !== undefined) q.andWhere('e.ok = :ok', { ok: f.ok });
    if (f.agentId !== undefined) q.andWhere('e.agent_id = :agentId', { agentId: f.agentId });
    if (f.userId !== undefined) q.andWhere('e.scope = :userScope AND e.target_id = :userId', { userScope: ResetScope.USER, userId: f.userId });
    const totalCount = await q.clone().getCount();
    const page = q.clone().orderBy('e.id', 'DESC').take(size + 1);
    if (cursor !== null) page.andWhere('e.id < :cursor', { cursor });
    const rows = await page.getMany();
    const nodes = rows.slice(0, size);
    return { nodes, totalCount, hasNextPage: rows.length > size, endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1].id) : null };
  }

  /** The event if the actor may see it, else null (another agent's is indistinguishable from none). */
  async find(actor: Actor, id: number): Promise<ResetEventEntity | null> {
    const q = this.ds.getRepository(ResetEventEntity).createQueryBuilder('e');
    this.scope(actor, q);
    return q.andWhere('e.id = :id', { id }).getOne();
  }

  /** The snapshot of an event the caller can see: up to `first` rows of each kind (all counts given). */
  async snapshot(eventId: number, first = 200): Promise<Snapshot | null> {
    const limit = Math.max(1, Math.min(first, SNAPSHOT_MAX_ROWS));
    const repo = this.ds.getRepository(ResetSnapshotRowEntity);
    const counted: { kind: SnapshotKind; n: unknown }[] = await repo
      .createQueryBuilder('r')
      .select('r.kind', 'kind')
      .addSelect('COUNT(*)', 'n')
      .where('r.event_id = :eventId', { eventId })
      .groupBy('r.kind')
      .getRawMany();
    if (!counted.length) return null;
    const count = (k: SnapshotKind) => intOf(counted.find((c) => c.kind === k)?.n);
    const rowsOf = (kind: SnapshotKind) =>
      repo.createQueryBuilder('r').where('r.event_id = :eventId AND r.kind = :kind', { eventId, kind }).orderBy('r.id', 'ASC').take(limit).getMany();
    const [users, userServers, servers, agents, system] = await Promise.all([rowsOf('USER'), rowsOf('USER_SERVER'), rowsOf('SERVER'), rowsOf('AGENT'), rowsOf('SYSTEM')]);
    const names = new Map(users.map((u) => [u.subjectId, u.label]));
    const s = (v: bigint | null) => (v ?? 0n).toString();
    const counts = { users: count('USER'), userServers: count('USER_SERVER'), servers: count('SERVER'), agents: count('AGENT') };
    return {
      users: users.map((r) => ({ id: r.subjectId, label: r.label, up: s(r.upBytes), down: s(r.downBytes) })),
      userServers: userServers.map((r) => ({
        userId: r.subjectId,
        serverId: r.serverId ?? 0,
        label: `${names.get(r.subjectId) ?? `user ${r.subjectId}`} @ ${r.label ?? `server ${r.serverId}`}`,
        up: s(r.upBytes),
        down: s(r.downBytes),
      })),
      servers: servers.map((r) => ({ id: r.subjectId, label: r.label, up: s(r.upBytes), down: s(r.downBytes) })),
      agents: agents.map((r) => ({ id: r.subjectId, label: r.label, charged: r.bytes.toString() })),
      system: system[0] ? { up: s(system[0].upBytes), down: s(system[0].downBytes) } : null,
      counts,
      truncated: Object.values(counts).some((n) => n > limit),
    };
  }

  private scope(actor: Actor, q: ReturnType<ReturnType<DataSource['getRepository']>['createQueryBuilder']>): void {
    if (isAdmin(actor)) {
      q.where('1 = 1');
      return;
    }
    if (actor.kind !== 'account') throw forbidden();
    q.where('e.agent_id = :own', { own: actor.accountId });
  }
}
