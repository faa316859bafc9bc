/**
 * The simulator on the wire, byte for byte: word lengths, Windows-1252, reply words in RouterOS's order,
 * `.tag` echoed last in every reply sentence, login, `!empty`, `!trap` then `!done`, `!fatal`, silence.
 */
import * as iconv from 'iconv-lite';
import { encodeLength, encodeSentence, type RouterOsSimulator, SentenceReader } from '@tm/routeros-sim';
import { connectTo, RawWire, sleep, startSim } from './fixtures';

describe('RouterOS simulator: wire protocol', () => {
  let sim: RouterOsSimulator;
  const wires: RawWire[] = [];
  const open = async () => {
    const w = await RawWire.open(sim.port);
    wires.push(w);
    return w;
  };

  beforeEach(async () => {
    sim = await startSim();
  });
  afterEach(async () => {
    wires.splice(0).forEach((w) => w.close());
    await sim.stop();
  });

  it('encodes word lengths in 1 to 5 bytes at the RouterOS boundaries', () => {
    const hex = (n: number) => encodeLength(n).toString('hex');
    expect(hex(0)).toBe('00');
    expect(hex(0x7f)).toBe('7f');
    expect(hex(0x80)).toBe('8080');
    expect(hex(0x3fff)).toBe('bfff');
    expect(hex(0x4000)).toBe('c04000');
    expect(hex(0x1fffff)).toBe('dfffff');
    expect(hex(0x200000)).toBe('e0200000');
    expect(hex(0xfffffff)).toBe('efffffff');
    expect(hex(0x10000000)).toBe('f010000000');
  });

  it('reads sentences cut anywhere, and text is Windows-1252', () => {
    const words = ['/queue/simple/add', `=comment=Café ñ € ${'x'.repeat(300)}`, '=name=' + 'n'.repeat(20_000)];
    const bytes = encodeSentence(words);
    expect(bytes.includes(Buffer.from([0x80]))).toBe(true); // € is 0x80 in Windows-1252
    expect(iconv.decode(bytes.subarray(0, 40), 'win1252')).toContain('Café ñ €');
    const reader = new SentenceReader();
    const got: string[][] = [];
    for (let i = 0; i < bytes.length; i += 7) got.push(...reader.push(bytes.subarray(i, i + 7)));
    expect(got).toEqual([words]);
  });

  it('echoes .tag as the last word of every reply sentence', async () => {
    const w = await open();
    expect(await w.call(['/login', '=name=api-user', '=password=Pässwort-1', '.tag=1'])).toEqual([['!done', '.tag=1']]);
    await w.call(['/queue/simple/add', '=name=a', '=target=10.0.0.1', '.tag=2']);
    await w.call(['/queue/simple/add', '=name=b', '=target=10.0.0.2', '.tag=3']);
    const reply = await w.call(['/queue/simple/print', '=.proplist=.id,name', '.tag=abc']);
    expect(reply).toEqual([
      ['!re', '=.id=*1', '=name=a', '.tag=abc'],
      ['!re', '=.id=*2', '=name=b', '.tag=abc'],
      ['!done', '.tag=abc'],
    ]);
    expect(await w.call(['/queue/simple/add', '=name=c', '.tag=4'])).toEqual([['!done', '=ret=*3', '.tag=4']]);
  });

  it('a print without rows answers !empty then !done (RouterOS 7.18+)', async () => {
    const w = await open();
    await w.login();
    expect(await w.call(['/ip/hotspot/active/print', '.tag=7'])).toEqual([['!empty', '.tag=7'], ['!done', '.tag=7']]);
    expect(await w.call(['/queue/simple/print', '?name=none'])).toEqual([['!empty'], ['!done']]);
  });

  it('6.x mode answers a print without rows with !done alone', async () => {
    await sim.stop();
    sim = await startSim({ emptyReplies: false });
    const w = await open();
    await w.login();
    expect(await w.call(['/queue/simple/print', '.tag=7'])).toEqual([['!done', '.tag=7']]);
  });

  it('a refused command answers !trap (category first, then message) followed by !done', async () => {
    const w = await open();
    await w.login();
    expect(await w.call(['/queue/simple/set', '=.id=*9', '=comment=x', '.tag=5'])).toEqual([
      ['!trap', '=category=0', '=message=no such item', '.tag=5'],
      ['!done', '.tag=5'],
    ]);
    expect(await w.call(['/ip/firewall/filter/print', '.tag=6'])).toEqual([['!trap', '=message=no such command prefix', '.tag=6'], ['!done', '.tag=6']]);
  });

  it('failNext answers the next N calls with the injected trap, then runs normally', async () => {
    const w = await open();
    await w.login();
    sim.failNext('/queue/simple/add', 'failure: out of memory', { times: 2 });
    const trap = [['!trap', '=message=failure: out of memory'], ['!done']];
    expect(await w.call(['/queue/simple/add', '=name=x'])).toEqual(trap);
    expect(await w.call(['/queue/simple/add', '=name=x'])).toEqual(trap);
    expect(await w.call(['/queue/simple/add', '=name=x'])).toEqual([['!done', '=ret=*1']]);
    expect(sim.queues()).toHaveLength(1);
  });

  it('login: post-6.43 form; a bad password traps; nothing else runs before a login', async () => {
    const w = await open();
    expect(await w.call(['/queue/simple/print'])).toEqual([['!trap', '=category=5', '=message=not logged in'], ['!done']]);
    expect(await w.call(['/login', '=name=api-user', '=password=nope'])).toEqual([
      ['!trap', '=message=invalid user name or password (6)'],
      ['!done'],
    ]);
    await w.login();
    expect(await w.call(['/system/identity/print'])).toEqual([['!re', '=name=MikroTik'], ['!done']]);
  });

  it('/quit answers !fatal with the reason and closes the connection', async () => {
    const w = await open();
    await w.login();
    expect(await w.call(['/quit'])).toEqual([['!fatal', 'session terminated on request']]);
    await sleep(50);
    expect(w.closed).toBe(true);
  });

  it('silent: reads everything, answers nothing (not even /login); logs what it received', async () => {
    sim.setSilent(true);
    const w = await open();
    w.send(['/login', '=name=api-user', '=password=Pässwort-1']);
    await expect(w.next(300)).rejects.toThrow('no sentence in time');
    expect(sim.commands).toContainEqual(['/login', '=name=api-user', '=password=Pässwort-1']);
    expect(sim.connectionCount).toBe(1);
    sim.setSilent(false);
    await w.login();
  });

  it('long words both ways through the real client: 2-byte and 3-byte lengths, Windows-1252 intact', async () => {
    const c = await connectTo(sim);
    try {
      const medium = 'é'.repeat(200);
      const long = `€${'a'.repeat(20_000)}`;
      const a = await c.add('/queue/simple', { name: 'medium', comment: medium });
      await c.add('/queue/simple', { name: 'long', comment: long });
      const rows = await c.print('/queue/simple');
      expect(rows.map((r) => r.comment)).toEqual([medium, long]);
      expect(a).toBe('*1');
    } finally {
      await c.close();
    }
  });
});
