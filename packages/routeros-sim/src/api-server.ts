/** The TCP side: accepts API connections, cuts the byte stream into sentences, writes replies. */
import * as net from 'node:net';
import * as tls from 'node:tls';
import { encodeSentence, SentenceReader } from './wire';

export class ClientConnection {
  loggedIn = false;

  constructor(private readonly socket: net.Socket) {}

  /** Every sentence of one answer in a single write, each tagged with `.tag` as its last word. */
  reply(sentences: string[][], tag?: string): void {
    if (this.socket.destroyed) return;
    const tagged = sentences.map((s) => (tag === undefined ? s : [...s, `.tag=${tag}`]));
    this.socket.write(Buffer.concat(tagged.map(encodeSentence)));
  }

  /** `!fatal` and a reason, then the router closes the connection. */
  fatal(reason: string): void {
    if (!this.socket.destroyed) this.socket.end(encodeSentence(['!fatal', reason]));
  }
}

export type SentenceHandler = (connection: ClientConnection, words: string[]) => void;

export class ApiServer {
  private server?: net.Server;
  private readonly sockets = new Set<net.Socket>();
  private boundPort = 0;

  constructor(
    private readonly host: string,
    private readonly onSentence: SentenceHandler,
    private readonly tlsOptions?: { key: string | Buffer; cert: string | Buffer },
  ) {}

  get port(): number {
    return this.boundPort;
  }

  get listening(): boolean {
    return this.server !== undefined;
  }

  get connectionCount(): number {
    return this.sockets.size;
  }

  async listen(port: number): Promise<void> {
    if (this.server) return;
    const server = this.tlsOptions
      ? tls.createServer(this.tlsOptions, (socket) => this.accept(socket))
      : net.createServer((socket) => this.accept(socket));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, this.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    this.boundPort = (server.address() as net.AddressInfo).port;
  }

  /** Stops listening (new connections are refused) and drops the open ones. */
  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    this.cutConnections();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  cutConnections(): void {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  private accept(socket: net.Socket): void {
    this.sockets.add(socket);
    socket.setNoDelay(true);
    const connection = new ClientConnection(socket);
    const reader = new SentenceReader();
    socket.on('data', (chunk: Buffer) => {
      let sentences: string[][];
      try {
        sentences = reader.push(chunk);
      } catch {
        socket.destroy();
        return;
      }
      for (const words of sentences) if (words.length > 0) this.onSentence(connection, words);
    });
    // A client vanishing mid-write (ECONNRESET, EPIPE) is the client's business, not a simulator failure.
    socket.on('error', () => undefined);
    socket.on('close', () => this.sockets.delete(socket));
  }
}
