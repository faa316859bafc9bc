import { DataSource, EntityManager } from 'typeorm';
import { ResetScope, ResetTrigger, Role } from '@tm/shared';
import { Actor, isAdmin } from '../../platform/auth/actor';
import { bytesOf, intOf } from '../../platform/db/rows';
import { SqlDialect } from '../../platform/db/sql-dialect';
import { inTransaction } from '../../platform/db/transaction';
import { forbidden, notFound } from '../../platform/errors/domain-error';
import { decodeCursor, encodeCursor, pageSize } from '../../platform/graphql/pagination';
import { TrafficReportEntity } from './traffic-report.entity';
import { ReportRowKind, TrafficReportRowEntity } from './traffic-report-row.entity';

export interface ReportMeta {
  trigger: ResetTrigger;
  scope: ResetScope;
  targetId: number | null;
  targetLabel: string | null;
  scheduleId: number | null;
  resetEventId: number | null;
  now: Date;
}

export interface ReportPage {
  nodes: TrafficReportEntity[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

const ROW_PAGE = 5000;

/**
 * Traffic reports: every agent's, user's and server's period and lifetime bytes at one moment, with
 * the global totals. Stored right before each scheduled reset (inside its transaction, so the report
 * shows exactly what the reset cleared) or on demand; read back in pages for CSV and JSON downloads.
 */
export class TrafficReportsService {
  constructor(private readonly ds: DataSource) {}

  /** Writes a report with INSERT … SELECT in the caller's transaction; returns its id. */
  async capture(m: EntityManager, meta: ReportMeta): Promise<number> {
    const sql = new SqlDialect(m);
    const [totals] = await m.query('SELECT up_bytes AS up, down_bytes AS down, lifetime_bytes AS lifetime FROM system_counters WHERE id = 1');
    const reportId = sql.insertedId(
      await m.query(
        `INSERT INTO traffic_reports (created_at, trigger_kind, scope, target_id, target_label, schedule_id, reset_event_id, users, agents, servers, up_bytes, down_bytes, lifetime_bytes)
         VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ${sql.int}, ${sql.int}, ${sql.int})`,
        [
          sql.date(meta.now),
          meta.trigger,
          meta.scope,
          meta.targetId,
          meta.targetLabel,
          meta.scheduleId,
          meta.resetEventId,
          sql.bytes(bytesOf(totals?.up)),
          sql.bytes(bytesOf(totals?.down)),
          sql.bytes(bytesOf(totals?.lifetime)),
        ],
      ),
    );
    const head = 'INSERT INTO traffic_report_rows (report_id, kind, subject_id, label, agent_id, up_bytes, down_bytes, period_bytes, lifetime_bytes)';
    await m.query(`${head} SELECT ?, 'AGENT', id, username, NULL, NULL, NULL, charged_bytes, lifetime_bytes FROM accounts WHERE role = ? ORDER BY id`, [
      reportId,
      Role.AGENT,
    ]);
    await m.query(`${head} SELECT ?, 'USER', id, username, agent_id, up_bytes, down_bytes, up_bytes + down_bytes, lifetime_bytes FROM users ORDER BY id`, [reportId]);
    await m.query(`${head} SELECT ?, 'SERVER', id, name, NULL, up_bytes, down_bytes, up_bytes + down_bytes, lifetime_bytes FROM servers ORDER BY id`, [reportId]);
    const counts: { kind: string; n: unknown }[] = await m.query('SELECT kind, COUNT(*) AS n FROM traffic_report_rows WHERE report_id = ? GROUP BY kind', [reportId]);
    const n = (k: ReportRowKind) => intOf(counts.find((c) => c.kind === k)?.n);
    await m.update(TrafficReportEntity, { id: reportId }, { users: n('USER'), agents: n('AGENT'), servers: n('SERVER') });
    return reportId;
  }

  /** A report of everything, now (admins). */
  async createNow(actor: Actor, now = new Date()): Promise<TrafficReportEntity> {
    this.assertAdmin(actor);
    const id = await inTransaction(this.ds, (m) =>
      this.capture(m, { trigger: ResetTrigger.MANUAL, scope: ResetScope.ALL, targetId: null, targetLabel: null, scheduleId: null, resetEventId: null, now }),
    );
    return this.get(actor, id);
  }

  async list(actor: Actor, first?: number | null, after?: string | null): Promise<ReportPage> {
    this.assertAdmin(actor);
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const repo = this.ds.getRepository(TrafficReportEntity);
    const totalCount = await repo.count();
    const q = repo.createQueryBuilder('r').orderBy('r.id', 'DESC').take(size + 1);
    if (cursor !== null) q.where('r.id < :cursor', { cursor });
    const rows = await q.getMany();
    const nodes = rows.slice(0, size);
    return { nodes, totalCount, hasNextPage: rows.length > size, endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1].id) : null };
  }

  async get(actor: Actor, id: number): Promise<TrafficReportEntity> {
    this.assertAdmin(actor);
    const report = await this.ds.getRepository(TrafficReportEntity).findOne({ where: { id } });
    if (!report) throw notFound('Report');
    return report;
  }

  /** The report's rows of one kind in id order, a page at a time, for streaming downloads. */
  async *rows(actor: Actor, reportId: number, kind: ReportRowKind): AsyncGenerator<TrafficReportRowEntity[]> {
    await this.get(actor, reportId);
    const repo = this.ds.getRepository(TrafficReportRowEntity);
    let last = 0;
    for (;;) {
      const page = await repo
        .createQueryBuilder('r')
        .where('r.report_id = :reportId AND r.kind = :kind AND r.id > :last', { reportId, kind, last })
        .orderBy('r.id', 'ASC')
        .take(ROW_PAGE)
        .getMany();
      if (!page.length) return;
      yield page;
      last = page[page.length - 1].id;
    }
  }

  private assertAdmin(actor: Actor): void {
    if (!isAdmin(actor)) throw forbidden('Only admins see traffic reports');
  }
}
