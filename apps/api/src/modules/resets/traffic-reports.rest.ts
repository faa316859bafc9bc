import express, { type Request, type Response, type Router } from 'express';
import { DomainError, unauthenticated } from '../../platform/errors/domain-error';
import { sendDomainError } from '../../platform/errors/rest-error';
import { parseId } from '../../platform/graphql/ids';
import type { AuthService } from '../accounts';
import type { TrafficReportEntity } from './traffic-report.entity';
import type { ReportRowKind, TrafficReportRowEntity } from './traffic-report-row.entity';
import type { TrafficReportsService } from './traffic-reports.service';

const KINDS: ReportRowKind[] = ['AGENT', 'USER', 'SERVER'];
const SECTION: Record<ReportRowKind, string> = { AGENT: 'agents', USER: 'users', SERVER: 'servers' };

const CSV_HEADER = 'kind,id,name,agent_id,up_bytes,down_bytes,period_bytes,lifetime_bytes';

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. Leading =+-@ are defused for spreadsheets. */
function csvField(value: string | number | bigint | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLine = (r: TrafficReportRowEntity) =>
  [r.kind, r.subjectId, r.label, r.agentId, r.upBytes, r.downBytes, r.periodBytes, r.lifetimeBytes].map(csvField).join(',');

const jsonRow = (r: TrafficReportRowEntity) => ({
  id: r.subjectId,
  name: r.label,
  ...(r.kind === 'USER' ? { agent_id: r.agentId } : {}),
  ...(r.kind === 'AGENT' ? {} : { up_bytes: r.upBytes?.toString() ?? null, down_bytes: r.downBytes?.toString() ?? null }),
  period_bytes: r.periodBytes.toString(),
  lifetime_bytes: r.lifetimeBytes.toString(),
});

const jsonHead = (r: TrafficReportEntity) => ({
  id: r.id,
  created_at: r.createdAt.toISOString(),
  trigger: r.trigger,
  scope: r.scope,
  target_id: r.targetId,
  target_label: r.targetLabel,
  reset_event_id: r.resetEventId,
  schedule_id: r.scheduleId,
  totals: { up_bytes: r.upBytes.toString(), down_bytes: r.downBytes.toString(), lifetime_bytes: r.lifetimeBytes.toString(), users: r.users, agents: r.agents, servers: r.servers },
});

/**
 * GET /api/v1/reports/:id.csv and .json (admins; Bearer session token or API key). Rows are streamed
 * a page at a time, so a report of 10⁵ users never sits in memory whole.
 */
export function trafficReportRoutes(auth: AuthService, reports: TrafficReportsService): Router {
  const router = express.Router();
  router.get('/api/v1/reports/:file', async (req: Request, res: Response) => {
    try {
      const m = /^(\d{1,15})\.(csv|json)$/.exec(String(req.params.file));
      const actor = await auth.authenticate(req.headers.authorization);
      if (!actor) throw unauthenticated('Send Authorization: Bearer <session token or API key>');
      const id = parseId(m?.[1] ?? 'x', 'report');
      const report = await reports.get(actor, id);
      const format = m![2];
      const name = `traffic-report-${id}-${report.createdAt.toISOString().slice(0, 10)}.${format}`;
      res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
      if (format === 'csv') {
        res.type('text/csv; charset=utf-8');
        res.write(CSV_HEADER + '\n');
        for (const kind of KINDS) for await (const page of reports.rows(actor, id, kind)) res.write(page.map(csvLine).join('\n') + '\n');
        res.end();
        return;
      }
      res.type('application/json; charset=utf-8');
      res.write(JSON.stringify(jsonHead(report)).slice(0, -1));
      for (const kind of KINDS) {
        res.write(`,"${SECTION[kind]}":[`);
        let first = true;
        for await (const page of reports.rows(actor, id, kind)) {
          res.write((first ? '' : ',') + page.map((r) => JSON.stringify(jsonRow(r))).join(','));
          first = false;
        }
        res.write(']');
      }
      res.end('}');
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      if (res.headersSent) return void res.end();
      sendDomainError(res, err);
    }
  });
  return router;
}

