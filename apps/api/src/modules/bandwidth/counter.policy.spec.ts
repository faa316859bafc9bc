import { counterDelta } from './counter.policy';

const at = (s: number) => new Date(Date.UTC(2026, 10, 21, 12, 0, s));
const reading = (ref: string, login: number, up: bigint, down: bigint) => ({ sessionRef: ref, loginAt: at(login), up, down });

describe('counterDelta', () => {
  it('counts a first reading whole', () => {
    expect(counterDelta(null, reading('*1', 0, 100n, 900n))).toEqual({ up: 100n, down: 900n, restarted: false });
  });

  it('counts the growth of the same session', () => {
    expect(counterDelta(reading('*1', 0, 100n, 900n), reading('*1', 1, 150n, 1900n))).toEqual({ up: 50n, down: 1000n, restarted: false });
  });

  it('counts nothing when nothing moved', () => {
    expect(counterDelta(reading('*1', 0, 100n, 900n), reading('*1', 0, 100n, 900n))).toEqual({ up: 0n, down: 0n, restarted: false });
  });

  it.each([
    ['a counter went back (reboot, queue re-created)', reading('*1', 0, 10n, 20n)],
    ['another .id', reading('*7', 0, 500n, 5000n)],
    ['another login time (re-login with the same .id)', reading('*1', 60, 500n, 5000n)],
  ])('starts over when %s', (_why, cur) => {
    expect(counterDelta(reading('*1', 0, 100n, 900n), cur)).toEqual({ up: cur.up, down: cur.down, restarted: true });
  });
});
