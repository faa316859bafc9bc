import { panelStep } from './panel-counter.policy';

const at = (up: number, down: number, segment = 0) => ({ up: BigInt(up), down: BigInt(down), segment });

describe('panelStep', () => {
  it.each([
    ['first poll of the connector: baseline only', null, [100, 200], true, [0, 0], at(100, 200), false],
    ['a user new to the panel: all of it', null, [100, 200], false, [100, 200], at(100, 200), false],
    ['counters moved on', at(100, 200), [150, 260], false, [50, 60], at(150, 260), false],
    ['nothing moved', at(100, 200), [100, 200], false, [0, 0], at(100, 200), false],
    ['reset in the panel: a new segment, never negative', at(100, 200, 2), [10, 5], false, [10, 5], at(10, 5, 3), true],
    ['one direction went back: a new segment', at(100, 200), [120, 50], false, [120, 50], at(120, 50, 1), true],
    ['reset to zero', at(100, 200), [0, 0], false, [0, 0], at(0, 0, 1), true],
  ] as const)('%s', (_name, prev, cur, baseline, counted, cursor, restarted) => {
    const step = panelStep(prev, { up: BigInt(cur[0]), down: BigInt(cur[1]) }, baseline);
    expect([step.up, step.down]).toEqual([BigInt(counted[0]), BigInt(counted[1])]);
    expect(step.cursor).toEqual(cursor);
    expect(step.restarted).toBe(restarted);
  });

  it('stays exact past 2^53', () => {
    const big = 2n ** 60n;
    const step = panelStep({ up: big, down: big, segment: 0 }, { up: big + 1n, down: big + 7n }, false);
    expect([step.up, step.down]).toEqual([1n, 7n]);
  });
});
