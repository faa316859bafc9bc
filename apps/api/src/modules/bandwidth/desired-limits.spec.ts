import { desiredLimits } from './bandwidth-reconciler';
import type { BandwidthAssignmentEntity } from './bandwidth-assignment.entity';
import type { RouterLoginEntity } from './router-login.entity';
import { RouterPeople, type RouterPerson } from './router-people';

const MAC = (n: number) => `AA:00:00:00:00:0${n}`;
const speeds = new Map([
  [7, { upBps: 256_000, downBps: 512_000 }],
  [8, { upBps: 5_000_000, downBps: 10_000_000 }],
]);
const assignment = (id: number, mac: string, userId: number | null) =>
  ({ id, macAddress: mac, userId, upBps: 1_000_000n, downBps: 4_000_000n }) as BandwidthAssignmentEntity;

function peopleOf(...list: RouterPerson[]): RouterPeople {
  const p = new RouterPeople();
  list.forEach((x) => p.add(x));
  return p;
}

describe('desiredLimits', () => {
  const people = peopleOf(
    { id: 1, username: 'on', macAddress: MAC(1), agentId: null, access: { kind: 'ONLINE' } },
    { id: 2, username: 'slow', macAddress: MAC(2), agentId: null, access: { kind: 'THROTTLED', profileId: 7 } },
    { id: 3, username: 'cut', macAddress: MAC(3), agentId: null, access: { kind: 'CUT' } },
    { id: 4, username: 'voucher', macAddress: null, agentId: null, access: { kind: 'ONLINE' } },
    { id: 5, username: 'slow2', macAddress: null, agentId: null, access: { kind: 'THROTTLED', profileId: 7 } },
  );
  const logins = [{ userId: 4, speedProfileId: 8 }] as RouterLoginEntity[];
  const session = (login: string, mac: string) => ({ login, macAddress: mac, address: '10.0.0.1' });

  it('stored limits: own speed when online, the throttle speed when throttled, inactive when cut; a missing user is cut', () => {
    const out = desiredLimits([assignment(11, MAC(1), 1), assignment(12, MAC(2), 2), assignment(13, MAC(3), 3), assignment(14, MAC(9), 99), assignment(15, MAC(8), null)], [], { people, logins, kicked: new Set() }, speeds);
    expect(out.map((d) => [d.assignmentId, d.upBps, d.downBps, d.userActive, d.throttled])).toEqual([
      [11, 1_000_000, 4_000_000, true, false],
      [12, 256_000, 512_000, true, true],
      [13, 1_000_000, 4_000_000, false, false],
      [14, 1_000_000, 4_000_000, false, false],
      [15, 1_000_000, 4_000_000, true, false],
    ]);
  });

  it("sessions without a stored limit: a throttled owner's throttle speed, a login's speed profile; nothing for the rest", () => {
    const out = desiredLimits(
      [assignment(12, MAC(2), 2)],
      [session('slow', MAC(2)), session('slow2', MAC(5)), session('voucher', MAC(4)), session('on', MAC(1)), session('cut', MAC(3)), session('nobody', MAC(6))],
      { people, logins, kicked: new Set() },
      speeds,
    );
    expect(out.map((d) => [d.assignmentId, d.macAddress, d.upBps, d.throttled])).toEqual([
      [12, MAC(2), 256_000, true],
      [null, MAC(5), 256_000, true],
      [null, MAC(4), 5_000_000, false],
    ]);
  });
});
