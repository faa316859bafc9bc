/** Simulators, clients and a raw wire speaker for the RouterOS tests (no database involved). */
import * as net from 'node:net';
import { encodeSentence, RouterOsSimulator, SentenceReader, type SimOptions } from '@tm/routeros-sim';
import { RouterOsClient, type RouterConnectOptions } from '../../src/modules/bandwidth/routeros';

export const USER = { name: 'api-user', password: 'Pässwort-1' };

export async function startSim(opts: SimOptions = {}): Promise<RouterOsSimulator> {
  const sim = new RouterOsSimulator({ users: [USER], ...opts });
  await sim.start();
  return sim;
}

export function optionsFor(sim: RouterOsSimulator, extra: Partial<RouterConnectOptions> = {}): RouterConnectOptions {
  return { host: sim.host, port: sim.port, tls: false, username: USER.name, password: USER.password, timeoutMs: 2000, ...extra };
}

export function connectTo(sim: RouterOsSimulator, extra: Partial<RouterConnectOptions> = {}): Promise<RouterOsClient> {
  return RouterOsClient.connect(optionsFor(sim, extra));
}

/** How long a promise took to settle, and how (never throws). */
export async function timed<T>(work: Promise<T>): Promise<{ ms: number; value?: T; error?: unknown }> {
  const started = Date.now();
  try {
    const value = await work;
    return { ms: Date.now() - started, value };
  } catch (error) {
    return { ms: Date.now() - started, error };
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `check` returns true (or fails after `ms`). */
export async function eventually(check: () => boolean, ms = 3000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await sleep(20);
  }
}

/** Speaks the API byte by byte, to see exactly what the simulator sends (word order, reply words). */
export class RawWire {
  private readonly reader = new SentenceReader();
  private readonly sentences: string[][] = [];
  private waiting?: () => void;
  closed = false;

  private constructor(private readonly socket: net.Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.sentences.push(...this.reader.push(chunk));
      this.waiting?.();
    });
    socket.on('close', () => {
      this.closed = true;
      this.waiting?.();
    });
    socket.on('error', () => undefined);
  }

  static open(port: number): Promise<RawWire> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => resolve(new RawWire(socket)));
      socket.once('error', reject);
    });
  }

  send(words: string[]): void {
    this.socket.write(encodeSentence(words));
  }

  /** The next whole sentence the router sent. */
  async next(ms = 2000): Promise<string[]> {
    const until = Date.now() + ms;
    while (this.sentences.length === 0) {
      if (this.closed) throw new Error('connection closed');
      if (Date.now() > until) throw new Error('no sentence in time');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 50);
        this.waiting = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    return this.sentences.shift() as string[];
  }

  /** Sends a command and collects its reply sentences up to and including `!done` (or `!fatal`). */
  async call(words: string[]): Promise<string[][]> {
    this.send(words);
    const reply: string[][] = [];
    for (;;) {
      const s = await this.next();
      reply.push(s);
      if (s[0] === '!done' || s[0] === '!fatal') return reply;
    }
  }

  async login(user = USER): Promise<void> {
    const reply = await this.call(['/login', `=name=${user.name}`, `=password=${user.password}`]);
    if (reply[0][0] !== '!done') throw new Error(`login refused: ${JSON.stringify(reply)}`);
  }

  close(): void {
    this.socket.destroy();
  }
}

/** One request to the simulator's control API with fetch; the JSON answer (or undefined) and the status. */
export async function control(port: number, method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    headers: { 'content-type': 'application/json', connection: 'close' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined };
}

/** The error a router call rejected with (fails the test if it resolved). */
export async function refusal(work: Promise<unknown>): Promise<unknown> {
  const { error } = await timed(work);
  if (error === undefined) throw new Error('expected the router to refuse');
  return error;
}
