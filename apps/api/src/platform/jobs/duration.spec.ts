import { normalizeInterval, parseDuration } from './duration';

describe('parseDuration', () => {
  it.each([
    ['200 ms', 200],
    ['200ms', 200],
    ['200 milliseconds', 200],
    ['200', 200],
    ['0.5 seconds', 500],
    ['5 seconds', 5000],
    ['1 second', 1000],
    ['10 minutes', 600_000],
    ['1 hour', 3_600_000],
    ['2 days', 172_800_000],
  ])('%s = %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', 'soon', '0', '-5 seconds', '5 fortnights', '* * * * *'])('rejects %p', (text) => {
    expect(() => parseDuration(text)).toThrow('not a duration');
  });
});

describe('normalizeInterval', () => {
  it('keeps cron and whole-word durations as text, turns the rest into milliseconds', () => {
    expect(normalizeInterval('5 minutes')).toBe('5 minutes');
    expect(normalizeInterval('200 ms')).toBe(200);
    expect(normalizeInterval('5 min')).toBe(300_000);
    expect(normalizeInterval('*/5 * * * *')).toBe('*/5 * * * *');
    expect(normalizeInterval('* * * * * *')).toBe('* * * * * *');
  });
});
