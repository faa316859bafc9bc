/**
 * The two node-routeros 1.6.9 defects, each shown crashing a process without our fix and not with it.
 * A crash can only be watched from outside, so each case runs a tiny script in a child process
 * against a simulator in this process; the two runs of a pair differ only in the fix.
 *
 * 1. `!empty` (RouterOS 7.18+, a print without rows): the published Channel emits 'unknown' and throws
 *    UNKNOWNREPLY inside the socket's data handler. Fixed by /patches (applied by the root postinstall):
 *    the "without" run uses a copy of the library with that patch reversed, the "with" run the installed one.
 * 2. The idle timeout (SOCKTMOUT): emitted as an 'error' event on the RouterOSAPI, fatal with no listener.
 *    Fixed in RouterOsClient, which always listens: the "without" run uses the library directly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RouterOsSimulator } from '@tm/routeros-sim';
import { API_ROOT, REPO_ROOT, runNode, unpatchedNodeRouteros } from './child-node';
import { startSim, USER } from './fixtures';

/** Logs in and prints the (empty) queue list. */
const PRINT_EMPTY_QUEUES = `
const { RouterOSAPI } = require(process.env.LIBRARY);
const api = new RouterOSAPI({ host: '127.0.0.1', port: Number(process.env.PORT), user: process.env.USER_NAME, password: process.env.USER_PASSWORD, timeout: 5 });
api.connect()
  .then(() => api.write('/queue/simple/print'))
  .then((rows) => { console.log('ROWS ' + JSON.stringify(rows)); return api.close(); })
  .then(() => process.exit(0), (err) => { console.log('REJECTED ' + err.message); process.exit(3); });
setTimeout(() => { console.log('HUNG'); process.exit(4); }, 5000).unref();
`;

/** Logs in, then stays idle past the library's idle timeout (0.4 s) with no 'error' listener. */
const IDLE_RAW_LIBRARY = `
const { RouterOSAPI } = require('node-routeros');
const api = new RouterOSAPI({ host: '127.0.0.1', port: Number(process.env.PORT), user: process.env.USER_NAME, password: process.env.USER_PASSWORD, timeout: 0.4 });
api.connect().then(() => console.log('CONNECTED'), (err) => { console.log('REJECTED ' + err.message); process.exit(3); });
setTimeout(() => { console.log('SURVIVED'); process.exit(0); }, 1500);
`;

/** The same through RouterOsClient (TypeScript source, loaded by @swc-node/register). */
const IDLE_WRAPPER = `
const { RouterOsClient } = require(process.env.WRAPPER);
RouterOsClient.connect({ host: '127.0.0.1', port: Number(process.env.PORT), tls: false, username: process.env.USER_NAME, password: process.env.USER_PASSWORD, timeoutMs: 400, idleTimeoutMs: 400 })
  .then((client) => {
    console.log('CONNECTED');
    setTimeout(() => { console.log('SURVIVED alive=' + client.alive); process.exit(0); }, 1500);
  }, (err) => { console.log('REJECTED ' + err.message); process.exit(3); });
`;

describe('node-routeros 1.6.9 defects', () => {
  let sim: RouterOsSimulator;
  let env: Record<string, string>;

  beforeEach(async () => {
    sim = await startSim();
    env = { PORT: String(sim.port), USER_NAME: USER.name, USER_PASSWORD: USER.password };
  });
  afterEach(() => sim.stop());

  describe('!empty reply', () => {
    it('the published library crashes the process: uncaught UNKNOWNREPLY', async () => {
      const library = unpatchedNodeRouteros();
      try {
        // the copy really is the published code: no fix, and the throwing 'unknown' path is back
        const channel = readFileSync(join(library.dir, 'dist/Channel.js'), 'utf8');
        expect(channel).not.toContain("'!empty'");
        expect(channel).toContain("this.emit('unknown', reply)");

        const run = await runNode(PRINT_EMPTY_QUEUES, { ...env, LIBRARY: library.dir });
        expect(run.code).toBe(1);
        expect(run.stdout).not.toContain('ROWS');
        expect(run.stderr).toContain('Tried to process unknown reply: !empty');
        expect(run.stderr).toContain("errno: 'UNKNOWNREPLY'");
      } finally {
        library.dispose();
      }
    });

    it('the patched library (root postinstall) answers []', async () => {
      const run = await runNode(PRINT_EMPTY_QUEUES, { ...env, LIBRARY: join(REPO_ROOT, 'node_modules/node-routeros') });
      expect(run.stderr).toBe('');
      expect(run.stdout.trim()).toBe('ROWS []');
      expect(run.code).toBe(0);
    });
  });

  describe('idle timeout (SOCKTMOUT) emitted as an error event', () => {
    it('with no listener, it crashes the process', async () => {
      const run = await runNode(IDLE_RAW_LIBRARY, env);
      expect(run.stdout).toContain('CONNECTED');
      expect(run.stdout).not.toContain('SURVIVED');
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('Timed out after 0.4 seconds');
    });

    it('RouterOsClient listens: the process lives on and the client is marked dead', async () => {
      const run = await runNode(IDLE_WRAPPER, { ...env, WRAPPER: join(API_ROOT, 'src/modules/bandwidth/routeros/index.ts') }, { typescript: true });
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain('CONNECTED');
      expect(run.stdout).toContain('SURVIVED alive=false');
      expect(run.code).toBe(0);
    });
  });
});
