import { DataSource, EntityManager, Repository } from 'typeorm';
import { Actor, isAdmin } from '../../platform/auth/actor';
import { inTransaction } from '../../platform/db/transaction';
import { conflict, forbidden, notFound } from '../../platform/errors/domain-error';
import { isUniqueViolation, validate } from '../../platform/validation';
import { BandwidthAssignmentEntity } from './bandwidth-assignment.entity';
import { SpeedProfileEntity } from './speed-profile.entity';
import { CreateProfileData, UpdateProfileData, createProfileSchema, updateProfileSchema } from './speed-profiles.policy';

/** Speed tiers (B2). Everyone signed in may read them; admins edit. */
export class SpeedProfilesService {
  private readonly profiles: Repository<SpeedProfileEntity>;

  constructor(private readonly ds: DataSource) {
    this.profiles = ds.getRepository(SpeedProfileEntity);
  }

  list(_actor: Actor): Promise<SpeedProfileEntity[]> {
    return this.profiles.find({ order: { downBps: 'ASC', id: 'ASC' } });
  }

  async get(_actor: Actor, id: number): Promise<SpeedProfileEntity> {
    const profile = await this.profiles.findOneBy({ id });
    if (!profile) throw notFound('Speed profile');
    return profile;
  }

  async create(actor: Actor, input: CreateProfileData): Promise<SpeedProfileEntity> {
    this.requireAdmin(actor);
    const data = validate(createProfileSchema, input);
    const id = await this.write(data.name, async (m) => {
      const saved = await m.save(
        m.create(SpeedProfileEntity, { name: data.name, upBps: BigInt(data.up), downBps: BigInt(data.down), price: data.price ?? null, validity: data.validity ?? null }),
      );
      return saved.id;
    });
    return this.get(actor, id);
  }

  /** New speeds apply to new limits; limits already set keep theirs until set again. */
  async update(actor: Actor, id: number, input: UpdateProfileData): Promise<SpeedProfileEntity> {
    this.requireAdmin(actor);
    const current = await this.get(actor, id);
    const data = validate(updateProfileSchema, input);
    const patch: Partial<SpeedProfileEntity> = {};
    if (data.name !== undefined) patch.name = data.name;
    if (data.up !== undefined) patch.upBps = BigInt(data.up);
    if (data.down !== undefined) patch.downBps = BigInt(data.down);
    if (data.price !== undefined) patch.price = data.price;
    if (data.validity !== undefined) patch.validity = data.validity;
    if (Object.keys(patch).length) await this.write(data.name ?? current.name, (m) => m.update(SpeedProfileEntity, { id }, patch));
    return this.get(actor, id);
  }

  async delete(actor: Actor, id: number): Promise<boolean> {
    this.requireAdmin(actor);
    await this.get(actor, id);
    await inTransaction(this.ds, async (m) => {
      const inUse = await m.count(BandwidthAssignmentEntity, { where: { profileId: id } });
      if (inUse) throw conflict(`This profile is used by ${inUse} bandwidth limit${inUse === 1 ? '' : 's'}; remove or change them first`);
      await assertProfileUnused(m, id);
      await m.delete(SpeedProfileEntity, { id });
    });
    return true;
  }

  private async write<T>(name: string, work: Parameters<typeof inTransaction<T>>[1]): Promise<T> {
    try {
      return await inTransaction(this.ds, work);
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict(`A speed profile named "${name}" already exists`);
      throw err;
    }
  }

  private requireAdmin(actor: Actor): void {
    if (!isAdmin(actor)) throw forbidden('Only admins manage speed profiles');
  }
}

/** Where else a profile is named: router logins, voucher batches, and agents' or users' throttle choice. */
const PROFILE_USES: [table: string, column: string, what: string][] = [
  ['router_logins', 'speed_profile_id', 'router login'],
  ['voucher_batches', 'speed_profile_id', 'voucher batch'],
  ['accounts', 'throttle_profile_id', 'agent (throttle)'],
  ['users', 'throttle_profile_id', 'user (throttle)'],
];

async function assertProfileUnused(m: EntityManager, id: number): Promise<void> {
  for (const [table, column, what] of PROFILE_USES) {
    const [row] = (await m.query(`SELECT COUNT(*) AS n FROM ${table} WHERE ${column} = ?`, [id])) as { n: unknown }[];
    const n = Number(row?.n ?? 0);
    if (n) throw conflict(`This profile is used by ${n} ${what}${n === 1 ? '' : 's'}; change them first`);
  }
}
