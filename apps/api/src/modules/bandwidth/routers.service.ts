import { DataSource, Repository } from 'typeorm';
import { Actor, isAdmin } from '../../platform/auth/actor';
import { SERVER_TOKEN_PREFIX, generateSecret } from '../../platform/auth/api-key-secret';
import type { SecretBox } from '../../platform/crypto/secret-box';
import { inTransaction, queuedWrite } from '../../platform/db/transaction';
import { conflict, forbidden, notFound } from '../../platform/errors/domain-error';
import { isUniqueViolation, validate } from '../../platform/validation';
import { ServerEntity, newServer } from '../servers';
import { BandwidthAssignmentEntity } from './bandwidth-assignment.entity';
import { backoffMs } from './bandwidth.policy';
import { RouterCounterEntity } from './router-counter.entity';
import { RouterEntity } from './router.entity';
import { RouterAccess, RouterLinks, describeRouterError } from './router-links';
import { CreateRouterData, UpdateRouterData, createRouterSchema, defaultPort, updateRouterSchema } from './routers.policy';

export interface RouterTestResult {
  ok: boolean;
  identity: string | null;
  version: string | null;
  latencyMs: number | null;
  error: string | null;
  router: RouterEntity;
}

export interface RouterRetryPolicy {
  retryMs: number;
  retryMaxMs: number;
}

/** Routers (B1): CRUD, connection test, and the contact bookkeeping every router call ends with. */
export class RoutersService {
  private readonly routers: Repository<RouterEntity>;

  constructor(
    private readonly ds: DataSource,
    private readonly secrets: SecretBox,
    private readonly links: RouterLinks,
    private readonly retry: RouterRetryPolicy,
  ) {
    this.routers = ds.getRepository(RouterEntity);
  }

  /** Admins manage routers; agents see them (to pick where a limit goes). */
  list(_actor: Actor): Promise<RouterEntity[]> {
    return this.routers.find({ order: { id: 'ASC' } });
  }

  async get(_actor: Actor, id: number): Promise<RouterEntity> {
    const router = await this.routers.findOneBy({ id });
    if (!router) throw notFound('Router');
    return router;
  }

  /** A router and the `servers` row its hotspot traffic is counted under, in one transaction. */
  async create(actor: Actor, input: CreateRouterData): Promise<RouterEntity> {
    this.requireAdmin(actor);
    const data = validate(createRouterSchema, input);
    const port = data.port ?? defaultPort(data.tls);
    await this.requireFreeEndpoint(data.host, port, null);
    // Routers don't post samples (we poll them), so the ingest token is never shown.
    const { secret: _unused, ...token } = generateSecret(SERVER_TOKEN_PREFIX);
    const id = await this.write(data.name, async (m) => {
      const server = await m.save(newServer(data.name, 'ROUTEROS', token));
      const router = await m.save(
        m.create(RouterEntity, {
          name: data.name,
          host: data.host,
          port,
          tls: data.tls,
          username: data.username,
          passwordEnc: this.secrets.seal(data.password),
          serverId: server.id,
          status: 'UNKNOWN',
          failures: 0,
          countersVersion: 0,
        }),
      );
      return router.id;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: number, input: UpdateRouterData): Promise<RouterEntity> {
    this.requireAdmin(actor);
    const current = await this.get(actor, id);
    const data = validate(updateRouterSchema, input);
    const patch: Partial<RouterEntity> = {};
    if (data.name !== undefined) patch.name = data.name;
    if (data.host !== undefined) patch.host = data.host;
    if (data.tls !== undefined) patch.tls = data.tls;
    if (data.port !== undefined) patch.port = data.port;
    else if (data.tls !== undefined && data.tls !== current.tls && current.port === defaultPort(current.tls)) patch.port = defaultPort(data.tls);
    if (data.username !== undefined) patch.username = data.username;
    if (data.password !== undefined && data.password !== '') patch.passwordEnc = this.secrets.seal(data.password);
    if (patch.host !== undefined || patch.port !== undefined) await this.requireFreeEndpoint(patch.host ?? current.host, patch.port ?? current.port, id);
    if (Object.keys(patch).length) {
      // New credentials or address: retry at once rather than after the backoff of the old ones.
      Object.assign(patch, { failures: 0, nextAttemptAt: null });
      await this.write(data.name ?? current.name, async (m) => {
        await m.update(RouterEntity, { id }, patch);
        if (patch.name) await m.update(ServerEntity, { id: current.serverId }, { name: patch.name });
      });
      await this.links.drop(id);
    }
    return this.get(actor, id);
  }

  /** Removes the router and its limits. Its server row stays (disabled) so counted traffic keeps its history. */
  async delete(actor: Actor, id: number): Promise<boolean> {
    this.requireAdmin(actor);
    const router = await this.get(actor, id);
    await inTransaction(this.ds, async (m) => {
      await m.delete(BandwidthAssignmentEntity, { routerId: id });
      await m.delete(RouterCounterEntity, { routerId: id });
      await m.delete(RouterEntity, { id });
      await m.update(ServerEntity, { id: router.serverId }, { status: 'DISABLED', name: `${router.name} (deleted router ${id})`.slice(0, 100) });
    });
    await this.links.drop(id);
    return true;
  }

  /** Connects, reads identity and version, and times one round trip. Never throws for an unreachable router. */
  async test(actor: Actor, id: number): Promise<RouterTestResult> {
    this.requireAdmin(actor);
    const router = await this.get(actor, id);
    try {
      const result = await this.links.use(this.access(router), async (client) => {
        const started = performance.now();
        const [identity] = await client.print('/system/identity');
        const latencyMs = Math.max(0, Math.round(performance.now() - started));
        const [resource] = await client.print('/system/resource');
        return { identity: identity?.name ?? null, version: resource?.version ?? null, latencyMs };
      });
      await this.markContact(id, result);
      return { ok: true, ...result, error: null, router: await this.get(actor, id) };
    } catch (err) {
      const error = describeRouterError(err);
      await this.markFailure(router, error);
      return { ok: false, identity: null, version: null, latencyMs: null, error, router: await this.get(actor, id) };
    }
  }

  /** Decrypted connection details; only for the router calls of this module. */
  access(router: RouterEntity): RouterAccess {
    return { id: router.id, host: router.host, port: router.port, tls: router.tls, username: router.username, password: this.secrets.open(router.passwordEnc) };
  }

  async markContact(id: number, details: { identity?: string | null; version?: string | null; latencyMs?: number | null } = {}): Promise<void> {
    const patch: Partial<RouterEntity> = { status: 'ONLINE', lastError: null, lastContactAt: new Date(), failures: 0, nextAttemptAt: null };
    for (const key of ['identity', 'version', 'latencyMs'] as const) if (details[key] !== undefined) (patch as Record<string, unknown>)[key] = details[key];
    await queuedWrite(this.ds, () => this.routers.update({ id }, patch));
  }

  /** OFFLINE with the error; the next try waits a doubling pause. Returns when that is. */
  async markFailure(router: RouterEntity, error: string, now = new Date()): Promise<Date> {
    const failures = router.failures + 1;
    const nextAttemptAt = new Date(now.getTime() + backoffMs(failures, this.retry.retryMs, this.retry.retryMaxMs));
    await queuedWrite(this.ds, () => this.routers.update({ id: router.id }, { status: 'OFFLINE', lastError: error.slice(0, 500), failures, nextAttemptAt }));
    router.failures = failures;
    router.nextAttemptAt = nextAttemptAt;
    return nextAttemptAt;
  }

  /** Routers whose backoff has passed. */
  async due(now: Date): Promise<RouterEntity[]> {
    const all = await this.routers.find({ order: { id: 'ASC' } });
    return all.filter((r) => !r.nextAttemptAt || r.nextAttemptAt.getTime() <= now.getTime());
  }

  /** One entry per device: two would each remove the other's queues as orphans. */
  /** Passwords of logins we create on routers (hotspot users, PPP secrets, vouchers): sealed like router passwords. */
  sealPassword(plain: string): string {
    return this.secrets.seal(plain);
  }

  openPassword(sealed: string): string {
    return this.secrets.open(sealed);
  }

  private async requireFreeEndpoint(host: string, port: number, self: number | null): Promise<void> {
    const other = await this.routers.findOneBy({ host, port });
    if (other && other.id !== self) throw conflict(`Router "${other.name}" is already ${host}:${port}`);
  }

  private async write<T>(name: string, work: Parameters<typeof inTransaction<T>>[1]): Promise<T> {
    try {
      return await inTransaction(this.ds, work);
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict(`A router or server named "${name}" (or a router at the same address) already exists`);
      throw err;
    }
  }

  private requireAdmin(actor: Actor): void {
    if (!isAdmin(actor)) throw forbidden('Only admins manage routers');
  }
}
