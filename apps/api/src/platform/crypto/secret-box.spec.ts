import { SecretBox } from './secret-box';

describe('SecretBox', () => {
  const box = new SecretBox('a-test-key-of-some-length');

  it('round-trips and never stores the plain text', () => {
    const sealed = box.seal('router pässword');
    expect(sealed).not.toContain('router');
    expect(sealed.startsWith('v1:')).toBe(true);
    expect(box.open(sealed)).toBe('router pässword');
  });

  it('uses a fresh IV each time', () => expect(box.seal('x')).not.toBe(box.seal('x')));

  it('refuses another key and tampered values', () => {
    const sealed = box.seal('secret');
    expect(() => new SecretBox('another-key').open(sealed)).toThrow(/ROUTER_SECRET_KEY/);
    const [v, iv, tag, body] = sealed.split(':');
    const flipped = Buffer.from(body, 'base64');
    flipped[0] ^= 1;
    expect(() => box.open([v, iv, tag, flipped.toString('base64')].join(':'))).toThrow();
    expect(() => box.open('plain')).toThrow(/Not a sealed/);
  });
});
