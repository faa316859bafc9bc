import express, { type Request, type Response, type Router } from 'express';
import { bytesToGb } from '@tm/shared';
import { DomainError, unauthenticated } from '../../platform/errors/domain-error';
import { sendDomainError } from '../../platform/errors/rest-error';
import { parseId } from '../../platform/graphql/ids';
import type { AuthService } from '../accounts';
import type { VoucherBatchView, VoucherView, VouchersService } from './vouchers.service';

const CSV_HEADER = 'code,password,profile,data_limit_bytes,data_limit_gb,valid_until,router';

/** RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet doesn't run it. */
function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(b: VoucherBatchView, v: VoucherView): string {
  const limit = b.batch.dataLimit;
  return [v.code, v.password, b.speedProfile?.name ?? null, limit === null ? null : limit.toString(), limit === null ? null : bytesToGb(limit), v.expiresAt?.toISOString() ?? null, b.routerName]
    .map(csvField)
    .join(',');
}

/** GET /api/v1/vouchers/:id.csv with the GraphQL Bearer token (session or API key); an agent: its own batches, else 404. */
export function voucherRoutes(auth: AuthService, vouchers: VouchersService): Router {
  const router = express.Router();
  router.get('/api/v1/vouchers/:file', async (req: Request, res: Response) => {
    try {
      const m = /^(\d{1,15})\.csv$/.exec(String(req.params.file));
      const actor = await auth.authenticate(req.headers.authorization);
      if (!actor) throw unauthenticated('Send Authorization: Bearer <session token or API key>');
      const id = parseId(m?.[1] ?? 'x', 'voucher batch');
      const batch = await vouchers.get(actor, id);
      const rows = await vouchers.vouchers(actor, id);
      res.setHeader('Content-Disposition', `attachment; filename="vouchers-${id}-${batch.batch.createdAt.toISOString().slice(0, 10)}.csv"`);
      res.type('text/csv; charset=utf-8').send([CSV_HEADER, ...rows.map((v) => csvLine(batch, v))].join('\n') + '\n');
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      sendDomainError(res, err);
    }
  });
  return router;
}
