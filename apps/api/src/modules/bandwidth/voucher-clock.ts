import type { DataSource } from 'typeorm';
import { placeholders } from '../../platform/db/rows';
import { inTransaction } from '../../platform/db/transaction';
import { SqlDialect } from '../../platform/db/sql-dialect';
import { voucherExpiry } from './vouchers.policy';

const CHUNK = 500;

/**
 * Mikhmon's rule, which voucher sellers expect: a voucher's validity runs from its first login, not
 * from printing. Sessions of vouchers with a validity and no expiry yet get `expires_at` = login time
 * + validity (set once: only where it is still empty). Returns how many clocks started.
 */
export async function startVoucherClocks(ds: DataSource, routerId: number, sessions: { user: string; uptimeSeconds: number }[], at: Date): Promise<number> {
  const loginAt = new Map(sessions.filter((s) => s.user).map((s) => [s.user, new Date(at.getTime() - s.uptimeSeconds * 1000)]));
  const names = [...loginAt.keys()];
  const due: { userId: number; expiresAt: Date }[] = [];
  for (let i = 0; i < names.length; i += CHUNK) {
    const part = names.slice(i, i + CHUNK);
    const rows: { user_id: unknown; name: string; validity_seconds: unknown }[] = await ds.query(
      `SELECT l.user_id, l.name, b.validity_seconds FROM router_logins l
       JOIN voucher_batches b ON b.id = l.batch_id JOIN users u ON u.id = l.user_id
       WHERE l.router_id = ? AND b.validity_seconds IS NOT NULL AND u.expires_at IS NULL AND l.name IN (${placeholders(part.length)})`,
      [routerId, ...part],
    );
    for (const r of rows) due.push({ userId: Number(r.user_id), expiresAt: voucherExpiry(loginAt.get(r.name)!, Number(r.validity_seconds))! });
  }
  if (!due.length) return 0;
  await inTransaction(ds, async (m) => {
    const sql = new SqlDialect(m);
    for (let i = 0; i < due.length; i += CHUNK) {
      const part = due.slice(i, i + CHUNK);
      await m.query(
        `UPDATE users SET expires_at = CASE id ${part.map(() => 'WHEN ? THEN ?').join(' ')} END WHERE expires_at IS NULL AND id IN (${placeholders(part.length)})`,
        [...part.flatMap((d) => [d.userId, sql.date(d.expiresAt)]), ...part.map((d) => d.userId)],
      );
    }
  });
  return due.length;
}
