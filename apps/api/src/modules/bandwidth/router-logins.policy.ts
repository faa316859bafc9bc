import { z } from 'zod';
import { RouterLoginKind, parseBytes } from '@tm/shared';
import type { RosRow } from './routeros';

/** What RouterOS accepts in a login's password or profile name without quoting trouble: printable ASCII. */
const PRINTABLE = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

export const routerLoginSchema = z.object({
  routerId: z.number().int().positive(),
  kind: z.enum([RouterLoginKind.HOTSPOT, RouterLoginKind.PPP]).default(RouterLoginKind.HOTSPOT),
  password: z.string().min(1, 'At least 1 character').max(64, 'At most 64 characters').regex(PRINTABLE, 'Printable characters only').optional(),
  routerProfile: z.string().trim().min(1).max(64, 'At most 64 characters').regex(PRINTABLE, 'Printable characters only').optional(),
  speedProfileId: z.number().int().positive().optional(),
});
export type RouterLoginData = z.input<typeof routerLoginSchema>;

export const importSchema = z.object({
  routerId: z.number().int().positive(),
  agentId: z.number().int().positive().optional(),
  kind: z.enum([RouterLoginKind.HOTSPOT, RouterLoginKind.PPP]).optional(),
});
export type ImportData = z.input<typeof importSchema>;

/** One login as the router lists it. */
export interface RouterSideLogin {
  kind: RouterLoginKind;
  name: string;
  profile: string | null;
  /** `limit-bytes-total` when > 0 (hotspot users only). */
  dataLimit: bigint | null;
  macAddress: string | null;
}

const yes = (v: string | undefined) => v === 'true' || v === 'yes';

/** Hotspot users and PPP secrets worth importing: named, not the router's own dynamic entries (trial users). */
export function routerSideLogins(hotspot: RosRow[], ppp: RosRow[]): RouterSideLogin[] {
  const out: RouterSideLogin[] = [];
  for (const r of hotspot) {
    if (!r.name || yes(r.dynamic) || yes(r.default)) continue;
    const limit = parseBytes(r['limit-bytes-total'] ?? '');
    const mac = r['mac-address'];
    out.push({
      kind: RouterLoginKind.HOTSPOT,
      name: r.name,
      profile: r.profile || null,
      dataLimit: limit !== null && limit > 0n ? limit : null,
      macAddress: mac && mac !== '00:00:00:00:00:00' ? mac : null,
    });
  }
  for (const r of ppp) {
    if (!r.name || yes(r.dynamic)) continue;
    out.push({ kind: RouterLoginKind.PPP, name: r.name, profile: r.profile || null, dataLimit: null, macAddress: null });
  }
  return out;
}
