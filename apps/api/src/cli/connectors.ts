import type { Container } from '../app/container';
import { systemActor } from '../platform/auth/actor';
import type { ConnectorEntity } from '../modules/connectors';

export const CONNECTORS_HELP = `  npm run cli -- list-connectors                      panels (Marzban, PasarGuard, 3x-ui) with status, last sync, users
  npm run cli -- add-connector <name> <MARZBAN|PASARGUARD|XUI> <url> <username> <password> [pollSeconds]
  npm run cli -- update-connector <connector> <field=value>…   url, username, password, totpSecret, apiToken, pollSeconds, deleteDepleted, name
  npm run cli -- remove-connector <connector>         stop polling it (counted traffic stays; the panel is left as it is)
  npm run cli -- test-connector <connector>           log in, read version and user count
  npm run cli -- sync-connector <connector>           poll now: count usage, push our decisions to the panel
  npm run cli -- import-connector-users <connector> <agent>   the panel's users become users of the agent (all or nothing)`;

const out = (line: string) => process.stdout.write(`${line}\n`);
const actor = systemActor('cli');

async function findConnector(c: Container, ref: string | undefined, usage: string): Promise<ConnectorEntity> {
  if (!ref) throw new Error(`usage: ${usage}`);
  const found = (await c.services.connectors.list(actor)).find((x) => String(x.id) === ref || x.name === ref);
  if (!found) throw new Error(`no connector "${ref}"`);
  return found;
}

/** `field=value` pairs as an update; numbers and booleans where the field is one. */
function parseFields(pairs: string[]): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const pair of pairs) {
    const i = pair.indexOf('=');
    if (i < 1) throw new Error(`expected field=value, got "${pair}"`);
    const [key, value] = [pair.slice(0, i), pair.slice(i + 1)];
    patch[key] = key === 'pollSeconds' ? Number(value) : key === 'deleteDepleted' ? value === 'true' : value;
  }
  return patch;
}

/** Connector commands; null when `command` isn't one of them. Same services as the API. */
export async function connectorsCommand(c: Container, command: string, args: string[]): Promise<number | null> {
  switch (command) {
    case 'list-connectors': {
      const list = await c.services.connectors.list(actor);
      for (const x of list) {
        out(`${x.id}\t${x.name}\t${x.kind}\t${x.baseUrl}\t${x.status}${x.lastError ? ` (${x.lastError})` : ''}\tlast sync ${x.lastSyncAt?.toISOString() ?? 'never'}\t${x.panelUsers ?? 0} users`);
      }
      out(`${list.length} connector(s)`);
      return 0;
    }
    case 'add-connector': {
      const usage = 'add-connector <name> <MARZBAN|PASARGUARD|XUI> <url> <username> <password> [pollSeconds]';
      if (args.length < 5) throw new Error(`usage: ${usage}`);
      const [name, kind, url, username, password, poll] = args;
      const x = await c.services.connectors.create(actor, { name, kind: kind.toUpperCase() as never, url, username, password, pollSeconds: poll ? Number(poll) : undefined });
      out(`connector ${x.id} "${x.name}" added`);
      return 0;
    }
    case 'update-connector': {
      const x = await findConnector(c, args[0], 'update-connector <connector> <field=value>…');
      const patch = parseFields(args.slice(1));
      const updated = await c.services.connectors.update(actor, x.id, patch);
      out(`connector ${updated.id} "${updated.name}" updated`);
      return 0;
    }
    case 'remove-connector': {
      const x = await findConnector(c, args[0], 'remove-connector <connector>');
      await c.services.connectors.delete(actor, x.id);
      out(`connector ${x.id} "${x.name}" removed`);
      return 0;
    }
    case 'test-connector': {
      const x = await findConnector(c, args[0], 'test-connector <connector>');
      const r = await c.services.connectors.test(actor, x.id);
      out(r.ok ? `${x.name}: ok, version ${r.version ?? '?'}, ${r.userCount} users, ${r.latencyMs} ms` : `${x.name}: ${r.error}`);
      return r.ok ? 0 : 1;
    }
    case 'sync-connector': {
      const x = await findConnector(c, args[0], 'sync-connector <connector>');
      const o = await c.services.connectorSync.sync(x.id);
      if (!o) {
        out(`${x.name}: another instance is polling it right now`);
        return 0;
      }
      if (!o.ok) {
        out(`${x.name}: ${o.error}`);
        return 1;
      }
      out(`${x.name}: ${o.panelUsers} panel users, ${o.samples} samples (${o.up + o.down} bytes), ${o.unmapped} none of ours; ${o.push.disabled} disabled, ${o.push.enabled} enabled, ${o.push.resets} resets, ${o.push.failed} refused`);
      return o.push.failed ? 1 : 0;
    }
    case 'import-connector-users': {
      const usage = 'import-connector-users <connector> <agent>';
      if (args.length < 2) throw new Error(`usage: ${usage}`);
      const x = await findConnector(c, args[0], usage);
      const agent = (await c.services.accounts.listAgents(actor)).find((a) => String(a.account.id) === args[1] || a.account.username === args[1]);
      if (!agent) throw new Error(`no agent "${args[1]}"`);
      const r = await c.services.connectorImport.importUsers(actor, x.id, agent.account.id);
      out(`${r.imported} imported, ${r.skipped.length} skipped, ${r.unmapped} still none of ours`);
      for (const s of r.skipped) out(`  skipped ${s.panelKey}: ${s.reason}`);
      return 0;
    }
    default:
      return null;
  }
}
