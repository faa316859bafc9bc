import type { DataSource } from 'typeorm';
import { placeholders } from '../../platform/db/rows';
import type { HotspotSession } from './router-snapshot';

export interface HotspotOwner {
  id: number;
  username: string;
  agentId: number | null;
}

/**
 * Whose each session is: the user whose username is the hotspot login, else the user with that MAC.
 * One query for all sessions; look the result up with `ownerOf`.
 */
/** A session as far as owning it goes: its login name and its device's MAC. */
export type OwnedSession = Pick<HotspotSession, 'user' | 'macAddress'>;

export async function hotspotOwners(ds: DataSource, sessions: OwnedSession[]): Promise<Map<string, HotspotOwner>> {
  const names = [...new Set(sessions.map((s) => s.user).filter(Boolean))];
  const macs = [...new Set(sessions.map((s) => s.macAddress).filter(Boolean))];
  const found = new Map<string, HotspotOwner>();
  if (!names.length && !macs.length) return found;
  const rows: { id: unknown; username: string; mac_address: string | null; agent_id: unknown }[] = await ds.query(
    `SELECT id, username, mac_address, agent_id FROM users
     WHERE ${names.length ? `username IN (${placeholders(names.length)})` : '1 = 0'} OR ${macs.length ? `mac_address IN (${placeholders(macs.length)})` : '1 = 0'}`,
    [...names, ...macs],
  );
  const nameSet = new Set(names);
  for (const r of rows) {
    const owner = { id: Number(r.id), username: r.username, agentId: r.agent_id === null ? null : Number(r.agent_id) };
    // Usernames can't contain ':' and MACs always do, so both kinds of key share one map.
    if (nameSet.has(r.username)) found.set(r.username, owner);
    if (r.mac_address && !found.has(r.mac_address)) found.set(r.mac_address, owner);
  }
  return found;
}

export const ownerOf = (owners: Map<string, HotspotOwner>, s: OwnedSession): HotspotOwner | null =>
  (s.user ? owners.get(s.user) : undefined) ?? owners.get(s.macAddress) ?? null;
