import type { DataSource } from 'typeorm';
import type { OverLimitAction } from '@tm/shared';
import { placeholders } from '../../platform/db/rows';
import { networkAccess, type NetworkAccess } from '../users';

/** One of our users as a router pass sees it: who, and what it may get on the network now. */
export interface RouterPerson {
  id: number;
  username: string;
  macAddress: string | null;
  agentId: number | null;
  access: NetworkAccess;
}

const CHUNK = 1000;

type Row = {
  id: unknown;
  username: string;
  mac_address: string | null;
  status: string;
  over_limit_action: OverLimitAction | null;
  throttle_profile_id: unknown;
  agent_id: unknown;
  agent_action: OverLimitAction | null;
  agent_profile: unknown;
};

const idOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/**
 * Our users a router pass deals with (accounting, cut-off, queues, the live view), found by login name,
 * MAC or id in one query per list; a session's owner is the user whose username is the login, else the
 * one with that MAC.
 */
export class RouterPeople {
  readonly byId = new Map<number, RouterPerson>();
  readonly byName = new Map<string, RouterPerson>();
  readonly byMac = new Map<string, RouterPerson>();

  add(p: RouterPerson): void {
    this.byId.set(p.id, p);
    this.byName.set(p.username, p);
    if (p.macAddress && !this.byMac.has(p.macAddress)) this.byMac.set(p.macAddress, p);
  }

  /** A session's owner: the user whose username is the login, else the one with that MAC. */
  ownerOf(login: string, macAddress: string | null): RouterPerson | null {
    return (login ? this.byName.get(login) : undefined) ?? (macAddress ? this.byMac.get(macAddress) : undefined) ?? null;
  }

  /** The owners of these sessions (login name or MAC). */
  static ofSessions(ds: DataSource, sessions: { user: string; macAddress: string | null }[]): Promise<RouterPeople> {
    return RouterPeople.load(ds, { names: sessions.map((s) => s.user), macs: sessions.flatMap((s) => (s.macAddress ? [s.macAddress] : [])), userIds: [] });
  }

  static async load(ds: DataSource, wanted: { names: string[]; macs: string[]; userIds: number[] }): Promise<RouterPeople> {
    const people = new RouterPeople();
    const select = `SELECT u.id, u.username, u.mac_address, u.status, u.over_limit_action, u.throttle_profile_id, u.agent_id,
        a.over_limit_action AS agent_action, a.throttle_profile_id AS agent_profile
      FROM users u LEFT JOIN accounts a ON a.id = u.agent_id WHERE`;
    const lists: [string, unknown[]][] = [
      ['u.username', [...new Set(wanted.names.filter(Boolean))]],
      ['u.mac_address', [...new Set(wanted.macs)]],
      ['u.id', [...new Set(wanted.userIds)]],
    ];
    for (const [column, values] of lists) {
      for (let i = 0; i < values.length; i += CHUNK) {
        const part = values.slice(i, i + CHUNK);
        const rows: Row[] = await ds.query(`${select} ${column} IN (${placeholders(part.length)})`, part);
        for (const r of rows) {
          if (people.byId.has(Number(r.id))) continue;
          const agent = r.agent_id === null ? null : { action: r.agent_action, throttleProfileId: idOrNull(r.agent_profile) };
          people.add({
            id: Number(r.id),
            username: r.username,
            macAddress: r.mac_address,
            agentId: idOrNull(r.agent_id),
            access: networkAccess(r.status, { action: r.over_limit_action, throttleProfileId: idOrNull(r.throttle_profile_id) }, agent),
          });
        }
      }
    }
    return people;
  }
}

/** Every speed profile's rates, bits per second (a short table). */
export async function profileSpeeds(ds: DataSource): Promise<Map<number, { upBps: number; downBps: number }>> {
  const rows: { id: unknown; up_bps: unknown; down_bps: unknown }[] = await ds.query('SELECT id, up_bps, down_bps FROM speed_profiles');
  return new Map(rows.map((r) => [Number(r.id), { upBps: Number(r.up_bps), downBps: Number(r.down_bps) }]));
}
