import { RouterLoginKind } from '@tm/shared';
import type { Container } from '../app/container';
import { systemActor } from '../platform/auth/actor';
import { findRouter } from './bandwidth';

export const ROUTER_USERS_HELP = `  npm run cli -- sync-router <router>                 a pass now: count bytes, cut off / resume logins, fix queues
  npm run cli -- list-cutoffs [router]                logins we disabled on routers (users cut off) and why
  npm run cli -- import-router-users <router> <agent> [hotspot|ppp]
                                                      hotspot users and PPP secrets become users of the agent`;

const out = (line: string) => process.stdout.write(`${line}\n`);
const actor = systemActor('cli');

/** Router logins commands; null when `command` isn't one of them. Same services as the API. */
export async function routerUsersCommand(c: Container, command: string, args: string[]): Promise<number | null> {
  switch (command) {
    case 'sync-router': {
      const router = await findRouter(c, args[0], 'sync-router <router>');
      const o = await c.services.routerSync.sync(router.id, { account: true });
      if (!o || !o.ok) {
        out(`${router.name}: ${o ? o.error : 'gone'}`);
        return 1;
      }
      const { logins: l, reconcile: q } = o;
      out(`${router.name}: logins ${l.disabled} disabled, ${l.enabled} enabled, ${l.kicked} sessions kicked, ${l.added} added, ${l.removed} removed; queues ${q.added} added, ${q.changed} changed, ${q.removed} removed; ${l.failed + q.failed} refused`);
      return l.failed + q.failed ? 1 : 0;
    }
    case 'list-cutoffs': {
      const routerId = args[0] ? (await findRouter(c, args[0], 'list-cutoffs [router]')).id : undefined;
      const logins = (await c.services.routerUsers.list(actor, { routerId })).filter((v) => v.login.held);
      for (const v of logins) out(`${v.routerName}\t${v.login.kind}\t${v.login.name}\t${v.userStatus}\tsince ${v.login.updatedAt.toISOString()}`);
      out(`${logins.length} cut off`);
      return 0;
    }
    case 'import-router-users': {
      const usage = 'import-router-users <router> <agent> [hotspot|ppp]';
      if (args.length < 2) throw new Error(`usage: ${usage}`);
      const router = await findRouter(c, args[0], usage);
      const agent = (await c.services.accounts.listAgents(actor)).find((a) => String(a.account.id) === args[1] || a.account.username === args[1]);
      if (!agent) throw new Error(`no agent "${args[1]}"`);
      const kind = args[2] ? args[2].toUpperCase() : undefined;
      if (kind && kind !== RouterLoginKind.HOTSPOT && kind !== RouterLoginKind.PPP) throw new Error(`usage: ${usage}`);
      const r = await c.services.routerUsers.importLogins(actor, { routerId: router.id, agentId: agent.account.id, kind: kind as RouterLoginKind | undefined });
      out(`${r.imported} imported, ${r.linked} linked, ${r.unchanged} unchanged, ${r.skipped} skipped`);
      for (const e of r.errors) out(`  skipped ${e.name}: ${e.reason}`);
      return 0;
    }
    default:
      return null;
  }
}
