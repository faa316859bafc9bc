import { MAC_PATTERN, formatRate } from '@tm/shared';
import type { Container } from '../app/container';
import { systemActor } from '../platform/auth/actor';
import { UserEntity } from '../modules/users/user.entity';

export const BANDWIDTH_HELP = `  npm run cli -- list-routers                         routers with status, last contact and last error
  npm run cli -- test-router <id|name>                connect and read identity, version and latency
  npm run cli -- list-limits [router]                 bandwidth limits and their state
  npm run cli -- set-limit <router> <MAC|user> <PROFILE|up/down>
                                                      e.g. set-limit gw1 AA:BB:CC:DD:EE:FF 1M/2M, set-limit gw1 alice STANDARD
  npm run cli -- remove-limit <router> <MAC|user>     remove a limit and its queue`;

const out = (line: string) => process.stdout.write(`${line}\n`);
const actor = systemActor('cli');

/** The bandwidth commands; null when `command` isn't one of them. Same services as the API. */
export async function bandwidthCommand(c: Container, command: string, args: string[]): Promise<number | null> {
  switch (command) {
    case 'list-routers': {
      for (const r of await c.services.routers.list(actor)) {
        const contact = r.lastContactAt ? r.lastContactAt.toISOString() : 'never';
        out(`${r.id}\t${r.name}\t${r.host}:${r.port}${r.tls ? ' (tls)' : ''}\t${r.status}\tlast contact ${contact}${r.lastError ? `\t${r.lastError}` : ''}`);
      }
      return 0;
    }
    case 'test-router': {
      const router = await findRouter(c, args[0], 'test-router <id|name>');
      const t = await c.services.routers.test(actor, router.id);
      out(t.ok ? `${router.name}: ${t.identity}, RouterOS ${t.version}, ${t.latencyMs} ms` : `${router.name}: ${t.error}`);
      return t.ok ? 0 : 1;
    }
    case 'list-limits': {
      const routerId = args[0] ? (await findRouter(c, args[0], 'list-limits [router]')).id : null;
      const list = await c.services.bandwidthLimits.list(actor, routerId);
      const names = await c.services.bandwidthLimits.names(list);
      for (const a of list) {
        const who = a.userId !== null ? (names.user.get(a.userId) ?? `user ${a.userId}`) : '-';
        out(`${names.router.get(a.routerId)}\t${a.macAddress}\t${who}\t${formatRate(Number(a.upBps))}/${formatRate(Number(a.downBps))}\t${a.state}${a.lastError ? `\t${a.lastError}` : ''}`);
      }
      return 0;
    }
    case 'set-limit': {
      const usage = 'set-limit <router> <MAC|user> <PROFILE|up/down>';
      if (args.length < 3) throw new Error(`usage: ${usage}`);
      const router = await findRouter(c, args[0], usage);
      const target = await findTarget(c, args[1]);
      const speeds = /^[^/]+\/[^/]+$/.test(args[2]) ? { up: args[2].split('/')[0], down: args[2].split('/')[1] } : { profileId: await findProfile(c, args[2]) };
      const a = await c.services.bandwidthLimits.set(actor, { routerId: router.id, ...target, ...speeds });
      out(`${a.macAddress} on ${router.name}: ${formatRate(Number(a.upBps))}/${formatRate(Number(a.downBps))}, ${a.state}${a.lastError ? ` (${a.lastError})` : ''}`);
      return a.state === 'FAILED' ? 1 : 0;
    }
    case 'remove-limit': {
      const usage = 'remove-limit <router> <MAC|user>';
      if (args.length < 2) throw new Error(`usage: ${usage}`);
      const router = await findRouter(c, args[0], usage);
      await c.services.bandwidthLimits.remove(actor, { routerId: router.id, ...(await findTarget(c, args[1])) });
      out(`limit removed`);
      return 0;
    }
    default:
      return null;
  }
}

export async function findRouter(c: Container, ref: string | undefined, usage: string) {
  if (!ref) throw new Error(`usage: ${usage}`);
  const found = (await c.services.routers.list(actor)).find((r) => String(r.id) === ref || r.name === ref);
  if (!found) throw new Error(`no router "${ref}"`);
  return found;
}

async function findTarget(c: Container, ref: string): Promise<{ macAddress: string } | { userId: number }> {
  if (MAC_PATTERN.test(ref)) return { macAddress: ref };
  const user = await c.ds.getRepository(UserEntity).findOne({ where: /^\d+$/.test(ref) ? { id: Number(ref) } : { username: ref } });
  if (!user) throw new Error(`no user "${ref}" (give a username, a user id or a MAC address)`);
  return { userId: user.id };
}

async function findProfile(c: Container, ref: string): Promise<number> {
  const found = (await c.services.speedProfiles.list(actor)).find((p) => String(p.id) === ref || p.name.toLowerCase() === ref.toLowerCase());
  if (!found) throw new Error(`no speed profile "${ref}" (or give speeds as up/down, e.g. 1M/2M)`);
  return found.id;
}
