import { DataSource, EntityManager, In } from 'typeorm';
import { Role, RouterLoginKind } from '@tm/shared';
import { Actor, isAdmin } from '../../platform/auth/actor';
import { chunks } from '../../platform/db/rows';
import { inTransaction } from '../../platform/db/transaction';
import { conflict, forbidden, notFound } from '../../platform/errors/domain-error';
import { isUniqueViolation, validate } from '../../platform/validation';
import { AccountEntity } from '../accounts';
import { reserveBatchGrant } from '../limits';
import { UserEntity, newUser } from '../users';
import { RouterLoginEntity } from './router-login.entity';
import { RouterEntity } from './router.entity';
import type { RouterSyncService } from './router-sync.service';
import type { RoutersService } from './routers.service';
import { SpeedProfileEntity } from './speed-profile.entity';
import type { SpeedProfilesService } from './speed-profiles.service';
import { VoucherBatchEntity } from './voucher-batch.entity';
import { GenerateVouchersData, freshCodes, generateVouchersSchema, parseValidity, randomCode } from './vouchers.policy';

export interface VoucherBatchView {
  batch: VoucherBatchEntity;
  agentUsername: string | null;
  routerName: string;
  speedProfile: SpeedProfileEntity | null;
}

export interface VoucherView {
  userId: number;
  code: string;
  password: string | null;
  status: string;
  used: bigint;
  expiresAt: Date | null;
  /** The hotspot login's state on the router (PENDING until the router has it). */
  state: string;
}

/** Rows per multi-row INSERT (users have ~20 columns: well under every driver's parameter limit). */
const CHUNK = 200;

/**
 * Hotspot vouchers (what Mikhmon users print): N users of an agent at once, each a hotspot login on one
 * router with a generated code and password. The whole batch fits the agent's quota or nothing is made.
 */
export class VouchersService {
  constructor(
    private readonly ds: DataSource,
    private readonly deps: { routers: RoutersService; profiles: SpeedProfilesService; sync: RouterSyncService; defaultTimeZone: () => Promise<string> },
  ) {}

  /**
   * One transaction: the agent locked and the quota checked for count × dataLimit (drawn under
   * ALLOCATION), then the users, their hotspot logins and the batch row, in chunked multi-row INSERTs.
   * After the commit the router is synced, which adds the hotspot users.
   */
  async generate(actor: Actor, input: GenerateVouchersData): Promise<VoucherBatchView> {
    const data = validate(generateVouchersSchema, input);
    const agentId = ownerFor(actor, data.agentId);
    const router = await this.deps.routers.get(actor, data.routerId);
    const profile = data.speedProfileId !== undefined ? await this.deps.profiles.get(actor, data.speedProfileId) : null;
    const validitySeconds = data.validity !== undefined ? data.validity : profile?.validity ? parseValidity(profile.validity) : null;
    const dataLimit = data.dataLimit ?? null;
    const timeZone = await this.deps.defaultTimeZone();
    const createdById = actor.kind === 'account' ? actor.accountId : 0;

    let batchId: number;
    try {
      batchId = await inTransaction(this.ds, async (m) => {
        if (agentId !== null) await reserveBatchGrant(m, { agentId, count: data.count, each: dataLimit });
        const codes = await this.uniqueCodes(m, router.id, data.count, data.prefix, data.codeLength);
        const batch = await m.save(
          m.create(VoucherBatchEntity, { agentId, routerId: router.id, speedProfileId: profile?.id ?? null, count: data.count, dataLimit, validitySeconds, prefix: data.prefix, createdById }),
        );
        // The validity runs from each voucher's first login (voucher-clock.ts), as Mikhmon does it.
        const expiresAt = null;
        for (const part of chunks(codes, CHUNK)) {
          const users = part.map((username) => newUser({ username, agentId, createdById, dataLimit, expiresAt }, timeZone));
          await m.createQueryBuilder().insert().into(UserEntity).values(users).updateEntity(false).execute();
          const ids = await m.find(UserEntity, { where: { username: In(part) }, select: { id: true, username: true } });
          const idOf = new Map(ids.map((u) => [u.username, u.id]));
          const logins = part.map((name) =>
            m.create(RouterLoginEntity, {
              routerId: router.id,
              kind: RouterLoginKind.HOTSPOT,
              name,
              userId: idOf.get(name)!,
              passwordEnc: this.deps.routers.sealPassword(randomCode(data.codeLength)),
              routerProfile: null,
              speedProfileId: profile?.id ?? null,
              batchId: batch.id,
              held: false,
              state: 'PENDING',
              lastError: null,
            }),
          );
          await m.createQueryBuilder().insert().into(RouterLoginEntity).values(logins).updateEntity(false).execute();
        }
        return batch.id;
      });
    } catch (err) {
      // Only a code drawn at the same instant by a concurrent batch can clash here.
      if (isUniqueViolation(err)) throw conflict('A voucher code was taken at the same moment; generate again');
      throw err;
    }
    await this.deps.sync.sync(router.id, { account: true });
    return this.get(actor, batchId);
  }

  async list(actor: Actor, agentId?: number): Promise<VoucherBatchView[]> {
    const where: Record<string, unknown> = {};
    if (!isAdmin(actor)) where.agentId = ownAgent(actor);
    else if (agentId !== undefined) where.agentId = agentId;
    return this.views(await this.ds.getRepository(VoucherBatchEntity).find({ where, order: { id: 'DESC' } }));
  }

  /** The batch if the actor may see it (an agent: its own), else null. */
  async find(actor: Actor, id: number): Promise<VoucherBatchView | null> {
    const batch = await this.ds.getRepository(VoucherBatchEntity).findOneBy({ id });
    if (!batch || (!isAdmin(actor) && batch.agentId !== ownAgent(actor))) return null;
    return (await this.views([batch]))[0];
  }

  async get(actor: Actor, id: number): Promise<VoucherBatchView> {
    const view = await this.find(actor, id);
    if (!view) throw notFound('Voucher batch');
    return view;
  }

  /** The batch's vouchers still there (a deleted user's voucher is gone), in the order they were made. */
  async vouchers(actor: Actor, batchId: number): Promise<VoucherView[]> {
    await this.get(actor, batchId);
    const logins = await this.ds.getRepository(RouterLoginEntity).find({ where: { batchId }, order: { id: 'ASC' } });
    const users = new Map<number, UserEntity>();
    for (const part of chunks(logins.map((l) => l.userId), 500)) for (const u of await this.ds.getRepository(UserEntity).findBy({ id: In(part) })) users.set(u.id, u);
    return logins.flatMap((l) => {
      const u = users.get(l.userId);
      if (!u) return [];
      return [{ userId: u.id, code: l.name, password: this.open(l.passwordEnc), status: u.status, used: u.upBytes + u.downBytes, expiresAt: u.expiresAt, state: l.state }];
    });
  }

  /** `count` codes that are no user's name and no login's name on the router, checked inside the transaction. */
  private async uniqueCodes(m: EntityManager, routerId: number, count: number, prefix: string, length: number): Promise<string[]> {
    const taken = new Set<string>();
    for (;;) {
      const codes = freshCodes(count, prefix, length, taken);
      const clashes = new Set<string>();
      for (const part of chunks(codes, 500)) {
        for (const u of await m.find(UserEntity, { where: { username: In(part) }, select: { id: true, username: true } })) clashes.add(u.username.toLowerCase());
        const logins = await m.find(RouterLoginEntity, { where: { routerId, name: In(part) }, select: { id: true, name: true } });
        for (const l of logins) clashes.add(l.name.toLowerCase());
      }
      if (!clashes.size) return codes;
      for (const c of clashes) taken.add(c);
    }
  }

  private async views(batches: VoucherBatchEntity[]): Promise<VoucherBatchView[]> {
    const ids = (pick: (b: VoucherBatchEntity) => number | null) => [...new Set(batches.map(pick).filter((id): id is number => id !== null))];
    const byId = async <T extends { id: number }>(entity: new () => T, wanted: number[]): Promise<Map<number, T>> =>
      new Map((wanted.length ? await this.ds.getRepository(entity).findBy({ id: In(wanted) } as never) : []).map((r) => [r.id, r]));
    const agents = await byId(AccountEntity, ids((b) => b.agentId));
    const routers = await byId(RouterEntity, ids((b) => b.routerId));
    const profiles = await byId(SpeedProfileEntity, ids((b) => b.speedProfileId));
    return batches.map((batch) => ({
      batch,
      agentUsername: batch.agentId === null ? null : (agents.get(batch.agentId)?.username ?? null),
      routerName: routers.get(batch.routerId)?.name ?? '',
      speedProfile: batch.speedProfileId === null ? null : (profiles.get(batch.speedProfileId) ?? null),
    }));
  }

  private open(sealed: string | null): string | null {
    if (!sealed) return null;
    try {
      return this.deps.routers.openPassword(sealed);
    } catch {
      return null;
    }
  }
}

/** Whose vouchers: an agent's are its own; an admin names the agent (or none: the admin's own users). */
function ownerFor(actor: Actor, requested: number | undefined): number | null {
  if (actor.kind === 'account' && actor.role === Role.AGENT) {
    if (requested !== undefined && requested !== actor.accountId) throw forbidden('Agents generate vouchers for themselves only');
    return actor.accountId;
  }
  return requested ?? null;
}

const ownAgent = (actor: Actor): number => {
  if (actor.kind !== 'account') throw forbidden();
  return actor.accountId;
};
