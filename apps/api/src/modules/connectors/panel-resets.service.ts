import { DataSource, In } from 'typeorm';
import { ResetScope } from '@tm/shared';
import { DomainError } from '../../platform/errors/domain-error';
import type { PanelPushView, ResetPanels } from '../resets';
import type { ConnectorLease } from './connector-lease';
import type { ConnectorServers } from './connector-servers';
import type { ConnectorSyncService } from './connector-sync.service';
import { ConnectorEntity } from './connector.entity';
import type { PanelPushRecord, PanelPusher, PushAction } from './panel-pusher';
import { PanelUserEntity } from './panel-user.entity';
import { rowKey } from './panel-user.rows';
import { PanelError, type PanelClient } from './panels';

/**
 * Our resets reach the panels (the resets module's ResetPanels port): resetting a user, a server (a
 * 3x-ui inbound, or a whole Marzban panel) or everything resets the panel's counters too, so the
 * panel's own data limit doesn't cut off a user we just reset. Each panel is read first (holding its
 * lease), so every byte up to the reset is counted, and the cursors of the counters it zeroed start
 * over from zero. Depleted users we delete are deleted in the panel when its connector says so.
 */
export class PanelResetsService implements ResetPanels {
  constructor(
    private readonly ds: DataSource,
    private readonly lease: ConnectorLease,
    private readonly sync: ConnectorSyncService,
    private readonly pusher: PanelPusher,
    private readonly servers: ConnectorServers,
  ) {}

  async beforeReset(scope: ResetScope, targetId: number | null): Promise<PanelPushView[]> {
    switch (scope) {
      case ResetScope.USER: {
        const rows = await this.rowsOf({ userId: targetId! });
        return this.each(unique(rows.map((r) => r.connectorId)), 'RESET', (c, client) => this.keepingOff(c, { userId: targetId! }, () => this.resetRows(c, client, { userId: targetId! })));
      }
      case ResetScope.SERVER: {
        const link = await this.servers.ofServer(targetId!);
        if (!link) return [];
        return this.each([link.connectorId], 'RESET_ALL', (c, client) => this.keepingOff(c, link.inbound ? { inbound: link.inbound } : {}, async () => [await this.pusher.resetAll(c, client, link.inbound, null)]));
      }
      case ResetScope.ALL: {
        const all = await this.ds.getRepository(ConnectorEntity).find({ select: { id: true } });
        return this.each(all.map((c) => c.id), 'RESET_ALL', (c, client) => this.keepingOff(c, {}, async () => [await this.pusher.resetAll(c, client, '', null)]));
      }
      default:
        return [];
    }
  }

  async deferFailed(_scope: ResetScope, _targetId: number | null, failed: PanelPushView[]): Promise<void> {
    for (const f of failed) {
      const where = { connectorId: f.connectorId, present: true, ...(f.panelKey !== null ? { panelKey: f.panelKey } : {}), ...(f.inbound ? { inbound: f.inbound } : {}) };
      await this.ds.getRepository(PanelUserEntity).update(where, { resetPending: true });
    }
  }

  async afterDeleted(userIds: number[], serverId: number | null): Promise<PanelPushView[]> {
    if (!userIds.length) return [];
    const link = serverId === null ? null : await this.servers.ofServer(serverId);
    const rows = (await this.ds.getRepository(PanelUserEntity).findBy({ userId: In(userIds), present: true })).filter((r) => !link || (r.connectorId === link.connectorId && r.inbound === link.inbound));
    const connectors = await this.ds.getRepository(ConnectorEntity).findBy({ id: In(unique(rows.map((r) => r.connectorId))), deleteDepleted: true });
    // Connectors that keep deleted users get them disabled by their next pass instead (their user is gone).
    return this.each(connectors.map((c) => c.id), 'DELETE', (c, client) => this.pusher.deleteUsers(c, client, rows.filter((r) => r.connectorId === c.id), null), false);
  }

  /**
   * A reset, then off again what it switched on: some panels (3x-ui 3.4+) enable a client when its
   * traffic is reset. A pass puts back the users we hold (drift); users an operator had disabled in the
   * panel are disabled again without becoming ours. Users the panel had cut off at its own limit are
   * left to the pass, which enables those of ours that may be online.
   */
  private async keepingOff(connector: ConnectorEntity, where: { userId?: number; inbound?: string }, reset: () => Promise<PanelPushRecord[]>): Promise<PanelPushRecord[]> {
    const scope = { connectorId: connector.id, present: true, enabled: false, held: false, ...where };
    const handOff = (await this.ds.getRepository(PanelUserEntity).findBy(scope)).filter((r) => !SELF_CUT_STATUSES.has(r.panelStatus));
    const records = await reset();
    await this.sync.pass(connector.id, new Set(handOff.map((r) => rowKey(r.inbound, r.panelKey))));
    return records;
  }

  /** One user's rows in one panel, read after the pass that counted them, reset there. */
  private async resetRows(connector: ConnectorEntity, client: PanelClient, by: { userId: number }): Promise<PanelPushRecord[]> {
    const rows = await this.rowsOf({ userId: by.userId, connectorId: connector.id });
    return this.pusher.resetUsers(connector, client, rows, null);
  }

  private rowsOf(where: { userId: number; connectorId?: number }): Promise<PanelUserEntity[]> {
    return this.ds.getRepository(PanelUserEntity).findBy({ ...where, present: true });
  }

  /**
   * `work` on each connector, holding its lease, after a pass that counted its bytes (`count`). A panel
   * that can't be read or is busy becomes a refused push, never an exception.
   */
  private async each(ids: number[], action: PushAction, work: (c: ConnectorEntity, client: PanelClient) => Promise<PanelPushRecord[]>, count = true): Promise<PanelPushView[]> {
    const out: PanelPushView[] = [];
    for (const id of ids) {
      const connector = await this.ds.getRepository(ConnectorEntity).findOneBy({ id });
      if (!connector) continue;
      try {
        const records = await this.lease.run(id, () => (count ? this.sync.withFreshCounts(connector, (client) => work(connector, client)) : work(connector, this.sync.clientOf(connector))));
        out.push(...records.map(view));
      } catch (err) {
        if (!(err instanceof PanelError || err instanceof DomainError)) throw err;
        out.push({ connectorId: id, connectorName: connector.name, action, panelKey: null, inbound: null, ok: false, status: err instanceof PanelError ? err.status : null, message: err.message.slice(0, 500) });
      }
    }
    return out;
  }
}

const unique = (ids: number[]) => [...new Set(ids)];

/** Panel statuses that mean the panel cut the user off at its own limit, not an operator. */
const SELF_CUT_STATUSES = new Set(['limited', 'depleted']);

const view = (r: PanelPushRecord): PanelPushView => ({
  connectorId: r.connectorId,
  connectorName: r.connectorName,
  action: r.action,
  panelKey: r.panelKey,
  inbound: r.inbound,
  ok: r.ok,
  status: r.status,
  message: r.message,
});
