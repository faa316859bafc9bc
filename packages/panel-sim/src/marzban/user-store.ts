/**
 * The panel's users table. Marzban's username column is case-insensitive (String(34, collation=
 * 'NOCASE'), migration fad8b1997c3a); PasarGuard's is a CaseSensitiveString(128). Ids only grow, so a
 * user deleted and added again under the same name is a new row with a new id, counters and lifetime.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { SimUserSpec, SimUserState } from '../panel-simulator';
import { isEnabled, type PanelFlavour, type PanelUser, review } from './user-rules';

export class UserStore {
  private readonly rows = new Map<string, PanelUser>();
  private nextId = 1;

  constructor(
    private readonly flavour: PanelFlavour,
    private readonly now: () => Date,
  ) {}

  private keyOf(username: string): string {
    return this.flavour === 'MARZBAN' ? username.toLowerCase() : username;
  }

  /** A user as an admin creates it in the panel (replacing one of the same name). */
  add(spec: SimUserSpec): PanelUser {
    const now = this.now();
    const user: PanelUser = {
      id: this.nextId++,
      username: spec.key,
      status: spec.enabled === false ? 'disabled' : 'active',
      usedTraffic: 0n,
      resetLogTotal: 0n,
      moved: 0n,
      dataLimit: spec.dataLimit ? BigInt(Math.trunc(spec.dataLimit)) : this.flavour === 'MARZBAN' ? null : 0n,
      expire: spec.expiresAt ?? null,
      onHoldExpireDuration: null,
      note: null,
      createdAt: now,
      editAt: null,
      onlineAt: null,
      lastStatusChange: now,
      uuid: randomUUID(),
      password: randomBytes(16).toString('base64url'),
      subToken: randomBytes(24).toString('base64url'),
    };
    this.rows.set(this.keyOf(spec.key), user);
    review(user, this.flavour, now);
    return user;
  }

  get(username: string): PanelUser | undefined {
    return this.rows.get(this.keyOf(username));
  }

  /** The user, or an error naming it (for the simulator's own levers). */
  require(username: string): PanelUser {
    const user = this.get(username);
    if (!user) throw new Error(`no user "${username}" in the panel`);
    return user;
  }

  remove(username: string): boolean {
    return this.rows.delete(this.keyOf(username));
  }

  /** Every user in id order (the order a query without ORDER BY returns them in). */
  all(): PanelUser[] {
    return [...this.rows.values()].sort((a, b) => a.id - b.id);
  }

  /** The review job, run before every answer so time passing is seen as the panel would see it. */
  reviewAll(): void {
    const now = this.now();
    for (const user of this.rows.values()) review(user, this.flavour, now);
  }
}

export function simState(u: PanelUser): SimUserState {
  return {
    key: u.username,
    inbound: null,
    enabled: isEnabled(u.status),
    status: u.status,
    up: 0,
    down: Number(u.usedTraffic),
    used: Number(u.usedTraffic),
    moved: Number(u.moved),
    dataLimit: Number(u.dataLimit ?? 0n),
    expiresAt: u.expire ? u.expire.toISOString() : null,
  };
}
