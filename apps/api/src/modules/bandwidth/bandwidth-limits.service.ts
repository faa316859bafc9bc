import { DataSource, In, Repository } from 'typeorm';
import { Actor, isAdmin } from '../../platform/auth/actor';
import { inTransaction } from '../../platform/db/transaction';
import { badInput, notFound } from '../../platform/errors/domain-error';
import { validate } from '../../platform/validation';
import type { UsersService } from '../users';
import { UserEntity } from '../users';
import { BandwidthAssignmentEntity } from './bandwidth-assignment.entity';
import { RouterEntity } from './router.entity';
import { SpeedProfileEntity } from './speed-profile.entity';
import { BandwidthState } from './bandwidth.policy';
import { BandwidthLimitData, BandwidthTargetData, limitSchema, targetSchema } from './bandwidth-limits.policy';
import type { RouterSyncService } from './router-sync.service';
import type { RoutersService } from './routers.service';
import type { SpeedProfilesService } from './speed-profiles.service';

/** Who a limit belongs to once its target is resolved. */
interface Owner {
  macAddress: string;
  userId: number | null;
  agentId: number | null;
}

/**
 * Per-user speed limits (B3) as desired state. Setting or removing one writes the database, then syncs
 * the router at once (bounded by ROUTER_TIMEOUT_MS), so the answer carries the limit's real state.
 * Agents reach only their own users' limits; anything else is NOT_FOUND.
 */
export class BandwidthLimitsService {
  private readonly assignments: Repository<BandwidthAssignmentEntity>;

  constructor(
    private readonly ds: DataSource,
    private readonly deps: { users: UsersService; routers: RoutersService; profiles: SpeedProfilesService; sync: RouterSyncService },
  ) {
    this.assignments = ds.getRepository(BandwidthAssignmentEntity);
  }

  async list(actor: Actor, routerId?: number | null): Promise<BandwidthAssignmentEntity[]> {
    const where: Record<string, unknown> = {};
    if (routerId) where.routerId = routerId;
    if (!isAdmin(actor)) where.agentId = actor.kind === 'account' ? actor.accountId : -1;
    return this.assignments.find({ where, order: { id: 'ASC' } });
  }

  async set(actor: Actor, input: BandwidthLimitData): Promise<BandwidthAssignmentEntity> {
    const data = validate(limitSchema, input);
    await this.deps.routers.get(actor, data.routerId);
    const owner = await this.owner(actor, data.routerId, data);
    const profile = data.profileId !== undefined ? await this.deps.profiles.get(actor, data.profileId) : null;
    const upBps = profile ? profile.upBps : BigInt(data.up!);
    const downBps = profile ? profile.downBps : BigInt(data.down!);
    await inTransaction(this.ds, async (m) => {
      const values = { ...owner, profileId: profile?.id ?? null, upBps, downBps, state: BandwidthState.PENDING, lastError: null, attempts: 0, nextAttemptAt: null };
      const existing = await m.findOneBy(BandwidthAssignmentEntity, { routerId: data.routerId, macAddress: owner.macAddress });
      if (existing) await m.update(BandwidthAssignmentEntity, { id: existing.id }, values);
      else await m.insert(BandwidthAssignmentEntity, m.create(BandwidthAssignmentEntity, { routerId: data.routerId, ...values }));
    });
    await this.deps.sync.sync(data.routerId, { account: false });
    return this.assignments.findOneByOrFail({ routerId: data.routerId, macAddress: owner.macAddress });
  }

  async remove(actor: Actor, input: BandwidthTargetData): Promise<boolean> {
    const data = validate(targetSchema, input);
    await this.deps.routers.get(actor, data.routerId);
    const where =
      data.userId !== undefined ? { routerId: data.routerId, userId: data.userId } : { routerId: data.routerId, macAddress: data.macAddress! };
    const found = await this.assignments.find({ where });
    const mine = isAdmin(actor) ? found : found.filter((a) => a.agentId !== null && a.agentId === (actor.kind === 'account' ? actor.accountId : -1));
    if (!mine.length) throw notFound('Bandwidth limit');
    await inTransaction(this.ds, (m) => m.delete(BandwidthAssignmentEntity, mine.map((a) => a.id)));
    // The queue is now an orphan: the sync removes it (or the next poll does, if the router is down).
    await this.deps.sync.sync(data.routerId, { account: false });
    return true;
  }

  /** Names to show beside limits: their routers, users and profiles (one query each). */
  async names(list: BandwidthAssignmentEntity[]): Promise<{ router: Map<number, string>; user: Map<number, string>; profile: Map<number, string> }> {
    const ids = (pick: (a: BandwidthAssignmentEntity) => number | null) => [...new Set(list.map(pick).filter((id): id is number => id !== null))];
    const load = async (entity: typeof RouterEntity | typeof UserEntity | typeof SpeedProfileEntity, wanted: number[], label: 'name' | 'username') => {
      if (!wanted.length) return new Map<number, string>();
      const rows = (await this.ds.getRepository(entity).find({ where: { id: In(wanted) } })) as unknown as Record<string, unknown>[];
      return new Map(rows.map((r) => [Number(r.id), String(r[label])]));
    };
    return {
      router: await load(RouterEntity, ids((a) => a.routerId), 'name'),
      user: await load(UserEntity, ids((a) => a.userId), 'username'),
      profile: await load(SpeedProfileEntity, ids((a) => a.profileId), 'name'),
    };
  }

  /**
   * Who a limit is for. By user: the device it is on now (its hotspot login on that router), else its
   * saved MAC. By MAC: the user with that MAC, else the user logged in on it. Agents: their users only.
   */
  private async owner(actor: Actor, routerId: number, data: { userId?: number; macAddress?: string }): Promise<Owner> {
    if (data.userId !== undefined) {
      const { user } = await this.deps.users.get(actor, data.userId);
      const live = await this.deps.sync.sessionOf(routerId, { user: user.username });
      const macAddress = live?.macAddress ?? user.macAddress;
      if (!macAddress) {
        throw badInput(`User "${user.username}" has no MAC address and no session on this router; set one on the user or give the MAC`, {
          fields: { userId: 'no MAC address' },
        });
      }
      return { macAddress, userId: user.id, agentId: user.agentId };
    }
    const mac = data.macAddress!;
    const users = this.ds.getRepository(UserEntity);
    let user = await users.findOne({ where: { macAddress: mac }, order: { id: 'ASC' } });
    if (!user) {
      const live = await this.deps.sync.sessionOf(routerId, { macAddress: mac });
      if (live?.user) user = await users.findOneBy({ username: live.user });
    }
    if (isAdmin(actor)) return { macAddress: mac, userId: user?.id ?? null, agentId: user?.agentId ?? null };
    const agentId = actor.kind === 'account' ? actor.accountId : -1;
    if (!user || user.agentId !== agentId) throw notFound('User with this MAC address');
    return { macAddress: mac, userId: user.id, agentId };
  }
}
