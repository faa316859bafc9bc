/**
 * The few private parts of node-routeros 1.6.9 (pinned: the last release, unmaintained) we must reach:
 * the public `close()` waits for the router to hang up and never clears the keep-alive timers of a
 * connection that died, so tearing down for real means destroying the socket and clearing them ourselves.
 */
import type { Socket } from 'node:net';
import { Channel, RouterOSAPI } from 'node-routeros';

interface Internals {
  connector?: { socket?: Socket; connected?: boolean; destroy(): void } | null;
  /** re-armed every timeout/2 while a command is open (writes `#` to keep the socket busy) */
  connectionHoldInterval?: NodeJS.Timeout;
  /** the `keepalive` option's timer (unused by us, cleared for good measure) */
  keptaliveby?: NodeJS.Timeout;
}

const internals = (api: RouterOSAPI): Internals => api as unknown as Internals;

/** The TCP (or TLS) socket of the current attempt; it exists as soon as `connect()` has been called. */
export function socketOf(api: RouterOSAPI): Socket | undefined {
  return internals(api).connector?.socket ?? undefined;
}

/** True once the TCP connection is up (login may still be pending). */
export function tcpConnected(api: RouterOSAPI): boolean {
  return internals(api).connector?.connected === true;
}

/** Destroys the socket now and clears every timer the library armed; nothing of it stays alive. */
export function tearDown(api: RouterOSAPI): void {
  const i = internals(api);
  clearTimeout(i.connectionHoldInterval);
  clearTimeout(i.keptaliveby);
  try {
    i.connector?.destroy();
  } catch {
    // already gone
  }
}

let patched: boolean | undefined;

/**
 * Whether /patches/node-routeros+1.6.9.patch is applied (root `postinstall`). Without it a RouterOS
 * 7.18+ `!empty` reply throws inside the socket's data handler and takes the whole process down.
 */
export function libraryIsPatched(): boolean {
  patched ??= String((Channel.prototype as unknown as { processPacket: unknown }).processPacket).includes("'!empty'");
  return patched;
}
