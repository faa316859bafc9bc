import { DataSource, In } from 'typeorm';
import { Actor, isAdmin } from '../../platform/auth/actor';
import { intOf, placeholders } from '../../platform/db/rows';
import { forbidden, notFound } from '../../platform/errors/domain-error';
import { ConnectorLogEntity } from './connector-log.entity';
import { ConnectorEntity } from './connector.entity';
import { PanelUserEntity } from './panel-user.entity';

export interface ConnectorCounts {
  /** Users in the panel at the last poll. */
  present: number;
  /** Of those, the ones that are none of ours. */
  unmapped: number;
  /** Ours that we hold disabled in the panel. */
  held: number;
}

/** A panel user with the name of our user it is (null: none of ours). */
export interface PanelUserView {
  row: PanelUserEntity;
  connectorName: string;
  username: string | null;
}

/** What admins read about connectors: counts, the panel's users (mapped or not), a user's panels, the push log. */
export class ConnectorViewsService {
  constructor(private readonly ds: DataSource) {}

  async counts(actor: Actor): Promise<Map<number, ConnectorCounts>> {
    this.requireAdmin(actor);
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT p.connector_id AS id, COUNT(*) AS present, SUM(CASE WHEN u.id IS NULL THEN 1 ELSE 0 END) AS unmapped, SUM(CASE WHEN p.held = 1 THEN 1 ELSE 0 END) AS held
       FROM panel_users p LEFT JOIN users u ON u.username = p.panel_key WHERE p.present = 1 GROUP BY p.connector_id`,
    );
    return new Map(rows.map((r) => [Number(r.id), { present: intOf(r.present), unmapped: intOf(r.unmapped), held: intOf(r.held) }]));
  }

  /** A panel's users as the last poll saw them; `unmappedOnly`: the ones that are none of ours. */
  async panelUsers(actor: Actor, connectorId: number, opts: { unmappedOnly?: boolean; search?: string; first: number }): Promise<PanelUserView[]> {
    this.requireAdmin(actor);
    const connector = await this.ds.getRepository(ConnectorEntity).findOneBy({ id: connectorId });
    if (!connector) throw notFound('Connector');
    const params: unknown[] = [connectorId];
    let where = 'p.connector_id = ? AND p.present = 1';
    if (opts.unmappedOnly) where += ' AND u.id IS NULL';
    if (opts.search) {
      where += ' AND p.panel_key LIKE ?';
      params.push(`%${opts.search.replace(/[%_\\]/g, (c) => `\\${c}`)}%`);
    }
    const rows: { inbound: string; panel_key: string; username: string | null }[] = await this.ds.query(
      `SELECT p.inbound, p.panel_key, u.username FROM panel_users p LEFT JOIN users u ON u.username = p.panel_key WHERE ${where} ORDER BY p.panel_key, p.inbound LIMIT ${opts.first}`,
      params,
    );
    return this.views(rows, new Map([[connectorId, connector.name]]));
  }

  /** The panels one of our users lives in (admins). */
  async ofUser(actor: Actor, userIds: number[]): Promise<Map<number, PanelUserView[]>> {
    this.requireAdmin(actor);
    const out = new Map<number, PanelUserView[]>(userIds.map((id) => [id, []]));
    if (!userIds.length) return out;
    const rows: { inbound: string; panel_key: string; username: string | null; user_id: unknown; connector_id: unknown }[] = await this.ds.query(
      `SELECT p.connector_id, p.inbound, p.panel_key, u.username, u.id AS user_id FROM panel_users p JOIN users u ON u.username = p.panel_key
       WHERE u.id IN (${placeholders(userIds.length)}) AND p.present = 1`,
      userIds,
    );
    const connectors = await this.ds.getRepository(ConnectorEntity).find({ select: { id: true, name: true } });
    const views = await this.views(rows, new Map(connectors.map((c) => [c.id, c.name])), rows.map((r) => Number(r.connector_id)));
    views.forEach((v, i) => out.get(Number(rows[i].user_id))?.push(v));
    return out;
  }

  async log(actor: Actor, connectorId: number, first: number): Promise<ConnectorLogEntity[]> {
    this.requireAdmin(actor);
    if (!(await this.ds.getRepository(ConnectorEntity).existsBy({ id: connectorId }))) throw notFound('Connector');
    return this.ds.getRepository(ConnectorLogEntity).find({ where: { connectorId }, order: { id: 'DESC' }, take: first });
  }

  /** Full rows for (connector, inbound, key) triples, in the order asked. */
  private async views(keys: { inbound: string; panel_key: string; username: string | null }[], names: Map<number, string>, connectorIds?: number[]): Promise<PanelUserView[]> {
    if (!keys.length) return [];
    const ids = connectorIds ?? keys.map(() => [...names.keys()][0]);
    const found = await this.ds.getRepository(PanelUserEntity).findBy({ connectorId: In([...new Set(ids)]), panelKey: In([...new Set(keys.map((k) => k.panel_key))]) });
    const byKey = new Map(found.map((r) => [`${r.connectorId}\n${r.inbound}\n${r.panelKey}`, r]));
    return keys.map((k, i) => ({ row: byKey.get(`${ids[i]}\n${k.inbound}\n${k.panel_key}`)!, connectorName: names.get(ids[i]) ?? '', username: k.username }));
  }

  private requireAdmin(actor: Actor): void {
    if (!isAdmin(actor)) throw forbidden('Only admins see connectors');
  }
}
