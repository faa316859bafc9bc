import { QuotaMode } from '@tm/shared';
import { decideGrant, QuotaStanding } from './quota.policy';

const GB = 1024n ** 3n;
const usage = (charged: bigint, limit: bigint | null = 10n * GB): QuotaStanding => ({ limit, quotaMode: QuotaMode.USAGE, charged, allocated: 0n });
const allocation = (allocated: bigint, charged = 0n): QuotaStanding => ({ limit: 10n * GB, quotaMode: QuotaMode.ALLOCATION, charged, allocated });

describe('decideGrant', () => {
  it('USAGE: charged + L must fit under the limit (seed 000)', () => {
    expect(decideGrant(usage(9n * GB + GB / 2n), GB, null)).toEqual({ ok: false, remaining: GB / 2n, reason: 'NO_ROOM' });
    expect(decideGrant(usage(9n * GB), GB, null)).toEqual({ ok: true, draw: GB });
    expect(decideGrant(usage(12n * GB), 1n, null)).toEqual({ ok: false, remaining: 0n, reason: 'NO_ROOM' });
  });

  it('ALLOCATION: granted limits count, usage does not', () => {
    expect(decideGrant(allocation(9n * GB, 0n), 2n * GB, null)).toMatchObject({ ok: false, remaining: GB });
    expect(decideGrant(allocation(0n, 50n * GB), 10n * GB, null)).toEqual({ ok: true, draw: 10n * GB });
  });

  it('raising a user draws only the difference; lowering is free and gives nothing back', () => {
    expect(decideGrant(allocation(8n * GB), 5n * GB, 3n * GB)).toEqual({ ok: true, draw: 2n * GB });
    expect(decideGrant(allocation(9n * GB), 5n * GB, 3n * GB)).toMatchObject({ ok: false, remaining: GB });
    expect(decideGrant(allocation(10n * GB), 1n * GB, 3n * GB)).toEqual({ ok: true, draw: 0n });
  });

  it('an agent with a limit cannot grant an unlimited user; an unlimited agent can', () => {
    expect(decideGrant(usage(0n), null, null)).toMatchObject({ ok: false, reason: 'UNLIMITED_USER', remaining: 10n * GB });
    expect(decideGrant(usage(0n, null), null, null)).toEqual({ ok: true, draw: 0n });
    expect(decideGrant(usage(0n, null), 5n * GB, null)).toEqual({ ok: true, draw: 5n * GB });
  });
});
