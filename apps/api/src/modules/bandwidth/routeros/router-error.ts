/** Everything that can go wrong talking to a router, as one error type with a kind and a message for people. */
import { getSystemErrorName } from 'node:util';

export type RouterErrorKind = 'UNREACHABLE' | 'TIMEOUT' | 'AUTH' | 'TRAP' | 'PROTOCOL' | 'CLOSED';

export class RouterError extends Error {
  override readonly name = 'RouterError';

  constructor(
    readonly kind: RouterErrorKind,
    message: string,
    /** RouterOS's trap category (0 missing item or command, 1 argument value failure, … 7), when it sent one. */
    readonly category?: number,
  ) {
    super(message);
  }
}

/** What node-routeros rejects with: a plain Error for a trap, a RosException (errno) for everything else. */
interface LibraryError {
  name?: string;
  message?: string;
  errno?: unknown;
  category?: unknown;
}

const asLibraryError = (err: unknown): LibraryError => (err && typeof err === 'object' ? (err as LibraryError) : {});

/** A trap reaches us as a plain Error (the patched Channel adds the trap's category to it). */
const isTrap = (e: LibraryError): boolean => e.name === 'Error' && e.errno === undefined;

function categoryOf(e: LibraryError): number | undefined {
  const n = Number(e.category);
  return e.category === undefined || e.category === '' || !Number.isInteger(n) ? undefined : n;
}

/** ECONNREFUSED etc.: from the socket's own error when we saw it, else from the errno the library kept. */
export function socketErrorCode(err: unknown, socketError?: NodeJS.ErrnoException): string | undefined {
  if (socketError?.code) return socketError.code;
  const errno = asLibraryError(err).errno;
  if (typeof errno !== 'number') return undefined;
  try {
    return getSystemErrorName(errno);
  } catch {
    return `errno ${errno}`;
  }
}

const CONNECTION_LOST = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);

/** Why `connect` failed: refused login, unreachable host, or the router hanging up. */
export function connectError(err: unknown, where: string, socketError?: NodeJS.ErrnoException): RouterError {
  if (err instanceof RouterError) return err;
  const e = asLibraryError(err);
  // node-routeros folds the router's trap into CANTLOGIN and drops its text; RouterOS 6.43+ says exactly this.
  if (e.errno === 'CANTLOGIN') return new RouterError('AUTH', 'Login refused: invalid user name or password (6)');
  if (isTrap(e)) return new RouterError('AUTH', `Login refused: ${e.message}`, categoryOf(e));
  if (e.errno === 'SOCKTMOUT') return new RouterError('TIMEOUT', `Router at ${where} did not answer the login`);
  const code = socketErrorCode(err, socketError) ?? 'connection failed';
  if (CONNECTION_LOST.has(code)) return new RouterError('CLOSED', `Router at ${where} closed the connection during login (${code})`);
  return new RouterError('UNREACHABLE', `Cannot reach ${where} (${code})`);
}

/** Why a command failed once connected: the router refused it, or answered something we can't read. */
export function callError(err: unknown): RouterError {
  if (err instanceof RouterError) return err;
  const e = asLibraryError(err);
  if (e.errno === 'UNKNOWNREPLY') return new RouterError('PROTOCOL', `Router sent a reply this client does not know: ${e.message}`);
  if (isTrap(e)) return new RouterError('TRAP', `Router refused: ${e.message}`, categoryOf(e));
  return new RouterError('PROTOCOL', `RouterOS client error: ${e.message || String(e.errno ?? err)}`);
}

/** The connection died under us (after login): idle timeout, reset, or the router hung up. */
export function connectionLostError(err: unknown, where: string, idleMs: number, socketError?: NodeJS.ErrnoException): RouterError {
  if (asLibraryError(err).errno === 'SOCKTMOUT') {
    const idle = idleMs < 1000 ? `${idleMs} ms` : `${Math.round(idleMs / 1000)} s`;
    return new RouterError('CLOSED', `Connection to ${where} closed after ${idle} without traffic`);
  }
  return new RouterError('CLOSED', `Connection to ${where} lost (${socketErrorCode(err, socketError) ?? 'error'})`);
}
