import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildContainer } from './app/container';
import { createSchema, printSortedSchema } from './app/schema';
import { createPubSubHandle } from './platform/pubsub/pubsub';
import { loadConfig } from './platform/config/config';
import { systemActor } from './platform/auth/actor';
import { UserEntity } from './modules/users/user.entity';
import { BANDWIDTH_HELP, bandwidthCommand } from './cli/bandwidth';
import { ROUTER_USERS_HELP, routerUsersCommand } from './cli/router-users';
import { CONNECTORS_HELP, connectorsCommand } from './cli/connectors';
import { formatBytes } from '@tm/shared';

const HELP = `Traffic Manager command line

  npm run cli -- create-admin <username> [password]   create an admin (password generated when omitted)
  npm run cli -- list-agents                          agents with their usage, limits and user counts
  npm run cli -- expire-users                         mark users past their expiry as EXPIRED now
  npm run cli -- check-agents                         enforce every agent's limit now (suspend / resume users)
  npm run cli -- reset-user <id|username> [reason]     zero a user's period usage (audited; lifetime stays)
  npm run cli -- delete-depleted [serverId]           delete users over their data limit or past expiry (audited)
  npm run cli -- run-due-resets                       run the billing cycles and reset schedules that are due now
${BANDWIDTH_HELP}
${ROUTER_USERS_HELP}
${CONNECTORS_HELP}
  npm run cli -- emit-schema                          write apps/api/schema.graphql
  npm run cli -- migrate                              run pending database migrations

Uses the same configuration (DATABASE_URL, …) as the API.`;

async function run(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === 'emit-schema') {
    const handle = createPubSubHandle();
    const sdl = printSortedSchema(await createSchema(handle.pubsub));
    const file = join(__dirname, '..', 'schema.graphql');
    writeFileSync(file, sdl);
    process.stdout.write(`wrote ${file}\n`);
    return 0;
  }
  if (!command || command === 'help' || command === '--help') {
    process.stdout.write(HELP + '\n');
    return command ? 0 : 2;
  }
  const c = await buildContainer(loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' }));
  try {
    switch (command) {
      case 'migrate':
        process.stdout.write('migrations are up to date\n');
        return 0;
      case 'create-admin': {
        if (!args[0]) throw new Error('usage: create-admin <username> [password]');
        const { account, generatedPassword } = await c.services.accounts.createAdmin(args[0], args[1]);
        process.stdout.write(`admin "${account.username}" created${generatedPassword ? `; password: ${generatedPassword}` : ''}\n`);
        return 0;
      }
      case 'list-agents': {
        const agents = await c.services.accounts.listAgents(systemActor('cli'));
        for (const { account, userCount } of agents) {
          const limit = account.trafficLimit === null ? 'unlimited' : formatBytes(account.trafficLimit);
          const percent = account.trafficLimit ? ` (${((Number(account.chargedBytes) / Number(account.trafficLimit)) * 100).toFixed(1)}%)` : '';
          const used = `used ${formatBytes(account.chargedBytes)} of ${limit}${percent}`;
          process.stdout.write(`${account.id}\t${account.username}\t${account.status}\t${used}\t${account.quotaMode}\t${userCount} users\n`);
        }
        return 0;
      }
      case 'expire-users': {
        const { changes } = await c.services.enforcement.check({ kind: 'expiry' });
        process.stdout.write(`${changes.length} users expired\n`);
        return 0;
      }
      case 'check-agents': {
        const { traffic, result } = await c.services.limits.checkAllAgents(systemActor('cli'));
        const over = traffic.filter((t) => t.exceeded).length;
        process.stdout.write(`${traffic.length} agents checked, ${over} over their limit; ${result.changes.length} user statuses changed, ${result.alerts} alerts raised\n`);
        return 0;
      }
      case 'reset-user': {
        if (!args[0]) throw new Error('usage: reset-user <id|username> [reason]');
        const user = await c.ds.getRepository(UserEntity).findOne({ where: /^\d+$/.test(args[0]) ? { id: Number(args[0]) } : { username: args[0] } });
        if (!user) throw new Error(`no user "${args[0]}"`);
        const e = await c.services.resets.resetUser(systemActor('cli'), user.id, args.slice(1).join(' ') || null);
        process.stdout.write(e.ok ? `reset ${user.username}: ${e.bytesCleared} bytes cleared (event ${e.id})\n` : `reset of ${user.username} failed: ${e.error}\n`);
        return e.ok ? 0 : 1;
      }
      case 'delete-depleted': {
        const e = await c.services.resets.deleteDepleted(systemActor('cli'), args[0] ? Number(args[0]) : null);
        process.stdout.write(e.ok ? `${e.affectedUsers} depleted users deleted (event ${e.id})\n` : `cleanup failed: ${e.error}\n`);
        return e.ok ? 0 : 1;
      }
      case 'run-due-resets': {
        const cycles = await c.services.resetCycles.runDue();
        const schedules = await c.services.resetSchedules.runDue();
        process.stdout.write(`${cycles.users} user cycles, ${cycles.agents} agent cycles, ${schedules} schedules run; ${cycles.failed} failed\n`);
        return 0;
      }
      default: {
        const code = (await bandwidthCommand(c, command, args)) ?? (await routerUsersCommand(c, command, args)) ?? (await connectorsCommand(c, command, args));
        if (code !== null) return code;
        process.stderr.write(`unknown command "${command}"\n\n${HELP}\n`);
        return 2;
      }
    }
  } finally {
    await c.close();
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
