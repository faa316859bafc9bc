/** Types of the vouchers API (batches of hotspot users made at once), beside the rest in types.ts. */
import type { SpeedProfile } from './bandwidth-types';
import type { Bytes, DateTime } from './types';

/** One voucher: a user whose username is the code, with a hotspot login on the batch's router. */
export interface Voucher {
  userId: string;
  code: string;
  /** null = the code is the password too. */
  password: string | null;
  /** The user's status: ACTIVE, LIMITED (used up), EXPIRED, DISABLED, SUSPENDED. */
  status: string;
  /** Bytes it moved this period; > 0 = it has been used. */
  used: Bytes;
  expiresAt: DateTime | null;
  /** The hotspot login on the router: PENDING, PRESENT, MISSING or FAILED. */
  state: string;
}

export interface VoucherBatch {
  id: string;
  agentId: string | null;
  agentUsername: string | null;
  routerId: string;
  routerName: string;
  speedProfile: Pick<SpeedProfile, 'id' | 'name' | 'up' | 'down'> | null;
  count: number;
  /** Each voucher's; null = unlimited. */
  dataLimit: Bytes | null;
  /** null = no expiry. */
  validitySeconds: number | null;
  prefix: string;
  createdAt: DateTime;
  vouchers: Voucher[];
}

export interface GenerateVouchersInput {
  routerId: string;
  /** Admins: the agent that owns them (absent = admin-owned); an agent: itself. */
  agentId?: string | null;
  /** 1–1000. */
  count: number;
  speedProfileId?: string | null;
  /** Each voucher's data limit; null = unlimited (not for an agent with a limit). */
  dataLimit?: Bytes | null;
  /** 30m, 12h, 30d, 1w from now; absent = the speed profile's. */
  validity?: string | null;
  /** 0–8 lower-case letters or digits. */
  prefix?: string;
  /** 4–16 random characters after the prefix. */
  codeLength?: number;
}
