import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ErrorCode } from '@tm/shared';
import { queuedWrite } from '../../platform/db/transaction';
import { DomainError } from '../../platform/errors/domain-error';

/** Long enough for a poll of a big panel; a crashed holder's lease simply runs out. */
const LEASE_MS = 120_000;

/**
 * One poll, reset push or import of a panel at a time, across instances: a row lease on the connector
 * (compare-and-set on lease_until), plus a queue per connector inside the process. A reset pushed to
 * the panel therefore never races a reading of the same panel, which could otherwise count the
 * counters it zeroed twice.
 */
export class ConnectorLease {
  private readonly owner = randomUUID();
  private readonly local = new Map<number, Promise<unknown>>();

  constructor(private readonly ds: DataSource) {}

  /** Runs `work` holding the lease; null when another instance holds it (a poll simply skips its turn). */
  async tryRun<T>(connectorId: number, work: () => Promise<T>): Promise<T | null> {
    return this.queued(connectorId, async () => {
      if (!(await this.claim(connectorId))) return null;
      return this.holding(connectorId, work);
    });
  }

  /** Runs `work` holding the lease, waiting up to `waitMs` for another instance to let go (UNAVAILABLE after). */
  async run<T>(connectorId: number, work: () => Promise<T>, waitMs = 30_000): Promise<T> {
    return this.queued(connectorId, async () => {
      const until = Date.now() + waitMs;
      while (!(await this.claim(connectorId))) {
        if (Date.now() > until) throw new DomainError(ErrorCode.UNAVAILABLE, 'The panel is busy with another poll; try again shortly');
        await new Promise((r) => setTimeout(r, 100));
      }
      return this.holding(connectorId, work);
    });
  }

  private async holding<T>(connectorId: number, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } finally {
      await queuedWrite(this.ds, () =>
        this.ds.query('UPDATE connectors SET lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?', [connectorId, this.owner]),
      );
    }
  }

  private async claim(connectorId: number): Promise<boolean> {
    const now = new Date();
    const until = new Date(now.getTime() + LEASE_MS);
    return queuedWrite(this.ds, async () => {
      const runner = this.ds.createQueryRunner();
      try {
        const result = await runner.query(
          'UPDATE connectors SET lease_owner = ?, lease_until = ? WHERE id = ? AND (lease_until IS NULL OR lease_until < ?)',
          [this.owner, this.date(until), connectorId, this.date(now)],
          true,
        );
        return Number(result.affected ?? 0) === 1;
      } finally {
        await runner.release();
      }
    });
  }

  private date(d: Date): Date | string {
    return this.ds.options.type === 'better-sqlite3' ? d.toISOString().replace('T', ' ').replace('Z', '') : d;
  }

  /** Inside one process, work on one connector waits its turn (the row lease would let the same owner in twice). */
  private queued<T>(connectorId: number, run: () => Promise<T>): Promise<T> {
    const previous = this.local.get(connectorId) ?? Promise.resolve();
    const next = previous.then(run, run);
    const settled = next.catch(() => undefined);
    this.local.set(connectorId, settled);
    void settled.then(() => {
      if (this.local.get(connectorId) === settled) this.local.delete(connectorId);
    });
    return next;
  }
}
