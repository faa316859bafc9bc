import { DataSource, In, Repository } from 'typeorm';
import { ConnectorStatus } from '@tm/shared';
import { Actor, isAdmin } from '../../platform/auth/actor';
import type { SecretBox } from '../../platform/crypto/secret-box';
import { inTransaction, queuedWrite } from '../../platform/db/transaction';
import { conflict, forbidden, notFound } from '../../platform/errors/domain-error';
import { isUniqueViolation, validate } from '../../platform/validation';
import { backoffMs } from '../bandwidth';
import { ServerEntity } from '../servers';
import { ConnectorLogEntity } from './connector-log.entity';
import { ConnectorServerEntity } from './connector-server.entity';
import { ConnectorEntity } from './connector.entity';
import { CreateConnectorData, UpdateConnectorData, createConnectorSchema, updateConnectorSchema } from './connectors.policy';
import { PanelClient, PanelError, createPanelClient } from './panels';
import { PanelUserEntity } from './panel-user.entity';

export interface ConnectorTestResult {
  ok: boolean;
  version: string | null;
  userCount: number | null;
  latencyMs: number | null;
  error: string | null;
  connector: ConnectorEntity;
}

export interface ConnectorRetryPolicy {
  timeoutMs: number;
  retryMs: number;
  retryMaxMs: number;
}

/** Connectors (I1/I2): CRUD, connection test, one logged-in client per panel, and the contact bookkeeping. Admins only. */
export class ConnectorsService {
  private readonly connectors: Repository<ConnectorEntity>;
  /** One client per connector, so its session (token, cookie) is reused; dropped when the connector changes. */
  private readonly clients = new Map<number, { stamp: string; client: PanelClient }>();

  constructor(
    private readonly ds: DataSource,
    private readonly secrets: SecretBox,
    private readonly policy: ConnectorRetryPolicy,
  ) {
    this.connectors = ds.getRepository(ConnectorEntity);
  }

  list(actor: Actor): Promise<ConnectorEntity[]> {
    this.requireAdmin(actor);
    return this.connectors.find({ order: { id: 'ASC' } });
  }

  async get(actor: Actor, id: number): Promise<ConnectorEntity> {
    this.requireAdmin(actor);
    const connector = await this.connectors.findOneBy({ id });
    if (!connector) throw notFound('Connector');
    return connector;
  }

  async create(actor: Actor, input: CreateConnectorData): Promise<ConnectorEntity> {
    this.requireAdmin(actor);
    const data = validate(createConnectorSchema, input);
    const id = await this.write(data.name, async (m) => {
      const saved = await m.save(
        m.create(ConnectorEntity, {
          name: data.name,
          kind: data.kind,
          baseUrl: data.url,
          username: data.username ?? null,
          passwordEnc: data.password ? this.secrets.seal(data.password) : null,
          totpSecretEnc: data.totpSecret ? this.secrets.seal(data.totpSecret) : null,
          apiTokenEnc: data.apiToken ? this.secrets.seal(data.apiToken) : null,
          pollSeconds: data.pollSeconds,
          deleteDepleted: data.deleteDepleted,
          status: ConnectorStatus.UNKNOWN,
          failures: 0,
        }),
      );
      return saved.id;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: number, input: UpdateConnectorData): Promise<ConnectorEntity> {
    const current = await this.get(actor, id);
    const data = validate(updateConnectorSchema, input);
    const patch: Partial<ConnectorEntity> = {};
    if (data.name !== undefined) patch.name = data.name;
    if (data.url !== undefined) patch.baseUrl = data.url;
    if (data.username !== undefined) patch.username = data.username;
    if (data.password) patch.passwordEnc = this.secrets.seal(data.password);
    if (data.totpSecret !== undefined && data.totpSecret !== '') patch.totpSecretEnc = data.totpSecret === null ? null : this.secrets.seal(data.totpSecret);
    if (data.apiToken !== undefined && data.apiToken !== '') patch.apiTokenEnc = data.apiToken === null ? null : this.secrets.seal(data.apiToken);
    if (data.pollSeconds !== undefined) patch.pollSeconds = data.pollSeconds;
    if (data.deleteDepleted !== undefined) patch.deleteDepleted = data.deleteDepleted;
    if (Object.keys(patch).length === 0) return current;
    const reachChanged = ['baseUrl', 'username', 'passwordEnc', 'totpSecretEnc', 'apiTokenEnc'].some((k) => k in patch);
    // New credentials or address: try again at once rather than after the old ones' backoff.
    if (reachChanged) Object.assign(patch, { failures: 0, nextAttemptAt: null });
    await this.write(data.name ?? current.name, (m) => m.update(ConnectorEntity, { id }, patch));
    if (reachChanged) this.clients.delete(id);
    return this.get(actor, id);
  }

  /** Removes the connector and what it knew of the panel; its servers stay (disabled) so counted traffic keeps its history. */
  async delete(actor: Actor, id: number): Promise<boolean> {
    const connector = await this.get(actor, id);
    await inTransaction(this.ds, async (m) => {
      const servers = await m.findBy(ConnectorServerEntity, { connectorId: id });
      for (const s of servers) {
        await m.update(ServerEntity, { id: s.serverId }, { status: 'DISABLED', name: `${connector.name} #${s.inbound || 'panel'} (deleted connector ${id})`.slice(0, 100) });
      }
      await m.delete(PanelUserEntity, { connectorId: id });
      await m.delete(ConnectorServerEntity, { connectorId: id });
      await m.delete(ConnectorLogEntity, { connectorId: id });
      await m.delete(ConnectorEntity, { id });
    });
    this.clients.delete(id);
    return true;
  }

  /** Logs in, reads version and user count, times it. Never throws for a panel that can't be reached or refuses. */
  async test(actor: Actor, id: number): Promise<ConnectorTestResult> {
    const connector = await this.get(actor, id);
    const started = performance.now();
    try {
      const info = await this.clientOf(connector).info();
      const latencyMs = Math.max(0, Math.round(performance.now() - started));
      await this.markContact(id, { version: info.version || null, latencyMs, panelUsers: info.userCount });
      return { ok: true, version: info.version || null, userCount: info.userCount, latencyMs, error: null, connector: await this.get(actor, id) };
    } catch (err) {
      if (!(err instanceof PanelError)) throw err;
      await this.markFailure(connector, err);
      return { ok: false, version: null, userCount: null, latencyMs: null, error: err.message, connector: await this.get(actor, id) };
    }
  }

  /** The logged-in client of a connector (created once per process and connector settings). */
  clientOf(connector: ConnectorEntity): PanelClient {
    // Keyed on how it logs in, not on updatedAt (every poll's bookkeeping moves that): a session lives until they change.
    const stamp = [connector.kind, connector.baseUrl, connector.username, connector.passwordEnc, connector.totpSecretEnc, connector.apiTokenEnc].join('\n');
    const cached = this.clients.get(connector.id);
    if (cached && cached.stamp === stamp) return cached.client;
    const open = (sealed: string | null) => (sealed ? this.secrets.open(sealed) : null);
    const client = createPanelClient({
      kind: connector.kind,
      baseUrl: connector.baseUrl,
      timeoutMs: this.policy.timeoutMs,
      credentials: { username: connector.username, password: open(connector.passwordEnc), totpSecret: open(connector.totpSecretEnc), apiToken: open(connector.apiTokenEnc) },
    });
    this.clients.set(connector.id, { stamp, client });
    return client;
  }

  async markContact(id: number, details: { version?: string | null; latencyMs?: number; panelUsers?: number; synced?: Date } = {}): Promise<void> {
    const patch: Partial<ConnectorEntity> = { status: ConnectorStatus.ONLINE, lastError: null, failures: 0, nextAttemptAt: null };
    if (details.version !== undefined) patch.version = details.version?.slice(0, 100) ?? null;
    if (details.latencyMs !== undefined) patch.latencyMs = details.latencyMs;
    if (details.panelUsers !== undefined) patch.panelUsers = details.panelUsers;
    if (details.synced) patch.lastSyncAt = details.synced;
    await queuedWrite(this.ds, () => this.connectors.update({ id }, patch));
  }

  /** OFFLINE when it can't be reached, FAILED when it refused us (its own message kept); the next try waits a doubling pause. */
  async markFailure(connector: ConnectorEntity, err: PanelError, now = new Date()): Promise<Date> {
    const failures = connector.failures + 1;
    const nextAttemptAt = new Date(now.getTime() + backoffMs(failures, this.policy.retryMs, this.policy.retryMaxMs));
    const status = err.kind === 'UNREACHABLE' ? ConnectorStatus.OFFLINE : ConnectorStatus.FAILED;
    await queuedWrite(this.ds, () => this.connectors.update({ id: connector.id }, { status, lastError: err.message.slice(0, 500), failures, nextAttemptAt }));
    Object.assign(connector, { status, failures, nextAttemptAt, lastError: err.message.slice(0, 500) });
    return nextAttemptAt;
  }

  /** Connectors whose poll interval has come and whose backoff has passed. */
  async due(now: Date): Promise<ConnectorEntity[]> {
    const all = await this.connectors.find({ order: { id: 'ASC' } });
    return all.filter(
      (c) => (!c.nextAttemptAt || c.nextAttemptAt <= now) && (!c.lastSyncAt || c.lastSyncAt.getTime() + c.pollSeconds * 1000 <= now.getTime() + 500),
    );
  }

  /** Connectors whose backoff has passed, whatever their interval (a status change is pushed at once). */
  async reachable(now: Date, ids?: number[]): Promise<ConnectorEntity[]> {
    const all = await this.connectors.find({ where: ids ? { id: In(ids) } : {}, order: { id: 'ASC' } });
    return all.filter((c) => !c.nextAttemptAt || c.nextAttemptAt <= now);
  }

  private async write<T>(name: string, work: Parameters<typeof inTransaction<T>>[1]): Promise<T> {
    try {
      return await inTransaction(this.ds, work);
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict(`A connector named "${name}" already exists`);
      throw err;
    }
  }

  private requireAdmin(actor: Actor): void {
    if (!isAdmin(actor)) throw forbidden('Only admins manage connectors');
  }
}
