import { DataSource, In } from 'typeorm';
import { ErrorCode, Role, type RouterLoginKind } from '@tm/shared';
import { Actor, isAdmin } from '../../platform/auth/actor';
import { inTransaction } from '../../platform/db/transaction';
import { chunks } from '../../platform/db/rows';
import { DomainError, conflict, forbidden, notFound } from '../../platform/errors/domain-error';
import { isUniqueViolation, validate } from '../../platform/validation';
import { AccountEntity } from '../accounts';
import { UserEntity, networkAccess, type UsersService, type UserView } from '../users';
import { RouterLoginEntity } from './router-login.entity';
import { ImportData, RouterLoginData, RouterSideLogin, importSchema, routerLoginSchema, routerSideLogins } from './router-logins.policy';
import { RouterEntity } from './router.entity';
import { RouterLinks, describeRouterError } from './router-links';
import { RouterError } from './routeros';
import type { RouterSyncService } from './router-sync.service';
import type { RoutersService } from './routers.service';
import type { SpeedProfilesService } from './speed-profiles.service';
import { PASSWORD_LENGTH, randomCode } from './vouchers.policy';

type CreateUserData = Parameters<UsersService['create']>[1];

export interface ImportResult {
  imported: number;
  linked: number;
  /** Already linked before: nothing to do. */
  unchanged: number;
  skipped: number;
  errors: { name: string; reason: string }[];
}

export interface RouterLoginView {
  login: RouterLoginEntity;
  routerName: string;
  username: string;
  userStatus: string;
  throttled: boolean;
  /** The password we gave a login we created; null for imported ones. */
  password: string | null;
}

/**
 * Our users' logins on routers (hotspot users, PPP secrets): importing what a router has, creating a
 * user together with its login, listing them. The reconciler (router sync) puts managed logins on the
 * router; this service only writes the desired state and asks for a sync.
 */
export class RouterUsersService {
  constructor(
    private readonly ds: DataSource,
    private readonly deps: { users: UsersService; routers: RoutersService; profiles: SpeedProfilesService; sync: RouterSyncService; links: RouterLinks },
  ) {}

  /**
   * Reads the router's hotspot users and PPP secrets and makes each one ours: a new user of `agentId`
   * (through UsersService.create, so every rule of user creation holds), or a link to the existing user
   * of the same name and owner. A row that can't be taken is skipped with its reason. Idempotent.
   */
  async importLogins(actor: Actor, input: ImportData): Promise<ImportResult> {
    if (!isAdmin(actor)) throw forbidden('Only admins import router users');
    const data = validate(importSchema, input);
    const router = await this.deps.routers.get(actor, data.routerId);
    if (data.agentId !== undefined && !(await this.ds.getRepository(AccountEntity).existsBy({ id: data.agentId, role: Role.AGENT }))) throw notFound('Agent');
    const owner = data.agentId ?? null;
    const found = await this.readRouter(router, data.kind);

    const known = new Set((await this.ds.getRepository(RouterLoginEntity).findBy({ routerId: router.id })).map((l) => `${l.kind}|${l.name}`));
    const byName = await this.usersNamed(found.map((f) => f.name));
    const result: ImportResult = { imported: 0, linked: 0, unchanged: 0, skipped: 0, errors: [] };
    const links: Partial<RouterLoginEntity>[] = [];
    const skip = (name: string, reason: string) => {
      result.skipped++;
      result.errors.push({ name, reason });
    };
    for (const f of found) {
      if (known.has(`${f.kind}|${f.name}`)) {
        result.unchanged++;
        continue;
      }
      let user = byName.get(f.name);
      if (user) {
        if (user.agentId !== owner) {
          skip(f.name, 'A user of this name belongs to another owner');
          continue;
        }
        result.linked++;
      } else {
        try {
          user = (await this.deps.users.create(actor, { username: f.name, agentId: owner ?? undefined, dataLimit: f.dataLimit, macAddress: f.macAddress })).user;
        } catch (err) {
          if (!(err instanceof DomainError)) throw err;
          skip(f.name, err.message);
          continue;
        }
        byName.set(f.name, user);
        result.imported++;
      }
      known.add(`${f.kind}|${f.name}`);
      links.push({ routerId: router.id, kind: f.kind, name: f.name, userId: user.id, passwordEnc: null, routerProfile: f.profile, state: 'PRESENT' });
    }
    // Links in chunks; one that appeared meanwhile (another import) is left as it is.
    for (const part of chunks(links, 200)) {
      await inTransaction(this.ds, (m) => m.createQueryBuilder().insert().into(RouterLoginEntity).values(part).orIgnore().updateEntity(false).execute());
    }
    return result;
  }

  /**
   * A new user and its login on a router. The login part is checked first (router, speed profile,
   * password, name free on the router), so a refusal writes nothing; then the user is created, then the
   * login, then the router is synced so the answer comes after the router was tried.
   */
  async createUser(actor: Actor, user: CreateUserData, login: RouterLoginData): Promise<UserView> {
    const l = validate(routerLoginSchema, login);
    await this.deps.routers.get(actor, l.routerId);
    if (l.speedProfileId !== undefined) await this.deps.profiles.get(actor, l.speedProfileId);
    const name = typeof user.username === 'string' ? user.username.trim() : '';
    if (name && (await this.ds.getRepository(RouterLoginEntity).existsBy({ routerId: l.routerId, kind: l.kind, name }))) throw loginTaken(name, l.kind);
    const password = l.password ?? randomCode(PASSWORD_LENGTH);

    const view = await this.deps.users.create(actor, user);
    try {
      await inTransaction(this.ds, (m) =>
        m.insert(RouterLoginEntity, {
          routerId: l.routerId,
          kind: l.kind,
          name: view.user.username,
          userId: view.user.id,
          passwordEnc: this.deps.routers.sealPassword(password),
          routerProfile: l.routerProfile ?? null,
          speedProfileId: l.speedProfileId ?? null,
          state: 'PENDING',
        }),
      );
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      // Another request took the name on this router between the check and now: undo the user.
      await this.deps.users.delete(actor, view.user.id);
      throw loginTaken(view.user.username, l.kind);
    }
    await this.deps.sync.sync(l.routerId, { account: true });
    return this.deps.users.get(actor, view.user.id);
  }

  /** Logins of the users the actor may see (an agent: its own), oldest first. */
  async list(actor: Actor, filter: { routerId?: number; userId?: number } = {}): Promise<RouterLoginView[]> {
    const q = this.ds.getRepository(RouterLoginEntity).createQueryBuilder('l').innerJoin(UserEntity, 'u', 'u.id = l.user_id');
    if (!isAdmin(actor)) {
      if (actor.kind !== 'account') throw forbidden();
      q.andWhere('u.agent_id = :me', { me: actor.accountId });
    }
    if (filter.routerId !== undefined) q.andWhere('l.router_id = :routerId', { routerId: filter.routerId });
    if (filter.userId !== undefined) q.andWhere('l.user_id = :userId', { userId: filter.userId });
    return this.views(await q.orderBy('l.id', 'ASC').getMany());
  }

  /** Logins with their router, user and what the user gets over its line, a few queries for all. */
  async views(logins: RouterLoginEntity[]): Promise<RouterLoginView[]> {
    const ids = (pick: (l: RouterLoginEntity) => number) => [...new Set(logins.map(pick))];
    const routers = logins.length ? await this.ds.getRepository(RouterEntity).find({ where: { id: In(ids((l) => l.routerId)) }, select: { id: true, name: true } }) : [];
    const users = new Map<number, UserEntity>();
    for (const part of chunks(ids((l) => l.userId), 500)) for (const u of await this.ds.getRepository(UserEntity).findBy({ id: In(part) })) users.set(u.id, u);
    const agentIds = [...new Set([...users.values()].map((u) => u.agentId).filter((id): id is number => id !== null))];
    const agents = agentIds.length
      ? await this.ds.getRepository(AccountEntity).find({ where: { id: In(agentIds) }, select: { id: true, overLimitAction: true, throttleProfileId: true } })
      : [];
    const routerName = new Map(routers.map((r) => [r.id, r.name]));
    const choice = new Map(agents.map((a) => [a.id, { action: a.overLimitAction, throttleProfileId: a.throttleProfileId }]));
    return logins.flatMap((login) => {
      const user = users.get(login.userId);
      if (!user) return [];
      const own = { action: user.overLimitAction, throttleProfileId: user.throttleProfileId };
      const agentChoice = user.agentId === null ? null : (choice.get(user.agentId) ?? null);
      return [
        {
          login,
          routerName: routerName.get(login.routerId) ?? '',
          username: user.username,
          userStatus: user.status,
          throttled: networkAccess(user.status, own, agentChoice).kind === 'THROTTLED',
          password: login.passwordEnc ? this.open(login.passwordEnc) : null,
        },
      ];
    });
  }

  private open(sealed: string): string | null {
    try {
      return this.deps.routers.openPassword(sealed);
    } catch {
      return null; // sealed under another ROUTER_SECRET_KEY
    }
  }

  private async readRouter(router: RouterEntity, kind: RouterLoginKind | undefined): Promise<RouterSideLogin[]> {
    try {
      const found = await this.deps.links.use(this.deps.routers.access(router), async (client) => {
        const hotspot = kind === 'PPP' ? [] : await client.print('/ip/hotspot/user');
        const ppp = kind === 'HOTSPOT' ? [] : await client.print('/ppp/secret');
        return routerSideLogins(hotspot, ppp);
      });
      await this.deps.routers.markContact(router.id);
      return found;
    } catch (err) {
      if (!(err instanceof RouterError)) throw err;
      const message = describeRouterError(err);
      await this.deps.routers.markFailure(router, message);
      throw new DomainError(ErrorCode.UNAVAILABLE, `Router "${router.name}" could not be read: ${message}`);
    }
  }

  /** Users by exact name (MySQL compares usernames case-insensitively; a router does not). */
  private async usersNamed(names: string[]): Promise<Map<string, UserEntity>> {
    const out = new Map<string, UserEntity>();
    for (const part of chunks([...new Set(names)], 500)) {
      for (const u of await this.ds.getRepository(UserEntity).findBy({ username: In(part) })) if (part.includes(u.username)) out.set(u.username, u);
    }
    return out;
  }
}

const loginTaken = (name: string, kind: RouterLoginKind) =>
  conflict(`"${name}" is already a ${kind === 'PPP' ? 'PPP secret' : 'hotspot user'} of ours on this router`);
