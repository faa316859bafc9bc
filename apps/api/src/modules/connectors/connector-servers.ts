import type { DataSource } from 'typeorm';
import { SERVER_TOKEN_PREFIX, generateSecret } from '../../platform/auth/api-key-secret';
import { inTransaction } from '../../platform/db/transaction';
import { isUniqueViolation } from '../../platform/validation';
import { newServer } from '../servers';
import { ConnectorServerEntity } from './connector-server.entity';
import type { ConnectorEntity } from './connector.entity';

/**
 * The servers a panel's traffic lands on, made on first sight: a Marzban / PasarGuard panel is one
 * server named as the connector, a 3x-ui panel one per inbound ("<connector> · <remark>").
 */
export class ConnectorServers {
  constructor(private readonly ds: DataSource) {}

  /** inbound → server id, for every inbound these users are in (and every one known before). */
  async ensure(connector: ConnectorEntity, usages: { inbound: string; inboundName: string }[]): Promise<Map<string, number>> {
    const known = await this.ds.getRepository(ConnectorServerEntity).findBy({ connectorId: connector.id });
    const map = new Map(known.map((k) => [k.inbound, k.serverId]));
    const wanted = new Map<string, string>();
    for (const u of usages) if (!map.has(u.inbound) && !wanted.has(u.inbound)) wanted.set(u.inbound, u.inboundName);
    for (const [inbound, remark] of wanted) map.set(inbound, await this.create(connector, inbound, remark));
    return map;
  }

  /** The connector and inbound a server of ours stands for; null when it is no panel's. */
  async ofServer(serverId: number): Promise<ConnectorServerEntity | null> {
    return this.ds.getRepository(ConnectorServerEntity).findOneBy({ serverId });
  }

  private async create(connector: ConnectorEntity, inbound: string, remark: string): Promise<number> {
    const base = inbound === '' ? connector.name : `${connector.name} · ${remark || `inbound ${inbound}`}`;
    // Panels don't post samples (we poll them), so the ingest token is never shown.
    const { secret: _unused, ...token } = generateSecret(SERVER_TOKEN_PREFIX);
    for (const name of [base, `${base} #${inbound || 'panel'}`, `${base} #${connector.id}-${inbound || 'panel'}`]) {
      try {
        return await inTransaction(this.ds, async (m) => {
          const server = await m.save(newServer(name.slice(0, 100), connector.kind, token));
          await m.insert(ConnectorServerEntity, { connectorId: connector.id, inbound, serverId: server.id, countersVersion: 0 });
          return server.id;
        });
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        // Another instance made it meanwhile, or the name is taken: look again, else try the next name.
        const made = await this.ds.getRepository(ConnectorServerEntity).findOneBy({ connectorId: connector.id, inbound });
        if (made) return made.serverId;
      }
    }
    throw new Error(`No free server name for connector ${connector.id} inbound ${inbound}`);
  }
}
