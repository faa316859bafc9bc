import { DataSource, Repository } from 'typeorm';
import { Actor, isAdmin } from '../../platform/auth/actor';
import { SERVER_TOKEN_PREFIX, generateSecret, hashSecret } from '../../platform/auth/api-key-secret';
import { inTransaction } from '../../platform/db/transaction';
import { conflict, forbidden, notFound } from '../../platform/errors/domain-error';
import { isUniqueViolation, validate } from '../../platform/validation';
import { ServerEntity, newServer } from './server.entity';
import { CreateServerData, UpdateServerData, createServerSchema, updateServerSchema } from './servers.policy';

/** Traffic sources and their ingest tokens. Admin-only. */
export class ServersService {
  private readonly servers: Repository<ServerEntity>;

  constructor(private readonly ds: DataSource) {
    this.servers = ds.getRepository(ServerEntity);
  }

  list(actor: Actor): Promise<ServerEntity[]> {
    this.requireAdmin(actor);
    return this.servers.find({ order: { id: 'ASC' } });
  }

  async get(actor: Actor, id: number): Promise<ServerEntity> {
    this.requireAdmin(actor);
    const server = await this.servers.findOneBy({ id });
    if (!server) throw notFound('Server');
    return server;
  }

  /** Creates a server; its ingest token is returned here once and stored only as a hash. */
  async create(actor: Actor, input: CreateServerData): Promise<{ server: ServerEntity; token: string }> {
    this.requireAdmin(actor);
    const data = validate(createServerSchema, input);
    const { secret, ...token } = generateSecret(SERVER_TOKEN_PREFIX);
    const server = newServer(data.name, data.kind, token);
    await this.write(data.name, (m) => m.insert(ServerEntity, server));
    return { server: await this.get(actor, server.id), token: secret };
  }

  async update(actor: Actor, id: number, input: UpdateServerData): Promise<ServerEntity> {
    const current = await this.get(actor, id);
    const data = validate(updateServerSchema, input);
    const patch: Partial<ServerEntity> = {};
    if (data.name !== undefined) patch.name = data.name;
    if (data.status !== undefined) patch.status = data.status;
    if (Object.keys(patch).length) await this.write(data.name ?? current.name, (m) => m.update(ServerEntity, { id }, patch));
    return this.get(actor, id);
  }

  /** A new token; the old one stops working at once. */
  async rotateToken(actor: Actor, id: number): Promise<{ server: ServerEntity; token: string }> {
    await this.get(actor, id);
    const { secret, prefix, hash } = generateSecret(SERVER_TOKEN_PREFIX);
    await inTransaction(this.ds, (m) => m.update(ServerEntity, { id }, { tokenHash: hash, tokenPrefix: prefix }));
    return { server: await this.get(actor, id), token: secret };
  }

  /** The active server an ingest token belongs to, or null. */
  async byToken(token: string | undefined | null): Promise<ServerEntity | null> {
    if (!token || !token.startsWith(SERVER_TOKEN_PREFIX)) return null;
    const server = await this.servers.findOneBy({ tokenHash: hashSecret(token.trim()) });
    return server && server.status === 'ACTIVE' ? server : null;
  }

  private async write(name: string, work: Parameters<typeof inTransaction>[1]): Promise<void> {
    try {
      await inTransaction(this.ds, work);
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict(`A server named "${name}" already exists`);
      throw err;
    }
  }

  private requireAdmin(actor: Actor): void {
    if (!isAdmin(actor)) throw forbidden('Only admins manage servers');
  }
}
