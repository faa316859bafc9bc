import 'reflect-metadata';
import { buildContainer, Container } from './app/container';
import { startHttpServer } from './app/http-server';
import { ConfigError, loadConfig } from './platform/config/config';
import { registerJobs } from './jobs';

/** `node main.js` serves the API (and runs jobs unless JOBS_ENABLED=false); `--worker` runs jobs only. */
async function main(argv: string[]): Promise<void> {
  const worker = argv.includes('--worker');
  const config = loadConfig();
  const c = await buildContainer(config);
  await announceFirstAdmin(c);
  await registerJobs(c);
  if (worker || config.JOBS_ENABLED) {
    await c.jobs.start();
    // The process that polls routers also re-syncs them when users are suspended or resumed.
    c.services.routerSync.listenForStatusChanges(c.pubsub.pubsub);
    c.services.connectorSync.listenForStatusChanges(c.pubsub.pubsub);
  }

  const server = worker ? null : await startHttpServer(c);
  c.logger.info(
    { mode: worker ? 'worker' : 'api', url: server?.url, database: config.db.type, jobs: worker || config.JOBS_ENABLED ? c.jobs.backendName : 'off', pubsub: c.pubsub.kind },
    worker ? 'worker started' : 'api listening',
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    c.logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => process.exit(1), 15_000).unref();
    await server?.close().catch((err) => c.logger.error({ err }, 'http close failed'));
    c.logger.debug('http server closed');
    await c.close();
    c.logger.debug('container closed');
    clearTimeout(timer);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

/** Creates the first admin on first start; a generated password is printed once, to the console, never to the log. */
async function announceFirstAdmin(c: Container): Promise<void> {
  const created = await c.services.accounts.ensureFirstAdmin(c.config.ADMIN_USERNAME ?? 'admin', c.config.ADMIN_PASSWORD);
  if (!created) return;
  c.logger.info({ username: created.account.username }, 'first admin created');
  if (created.generatedPassword) {
    process.stdout.write(
      [
        '',
        '==============================================================',
        '  First admin created. Sign in with:',
        `    username: ${created.account.username}`,
        `    password: ${created.generatedPassword}`,
        '  This password is shown only once. Change it after signing in',
        '  (sidebar → Change password),',
        '  or set ADMIN_USERNAME / ADMIN_PASSWORD before the first start.',
        '==============================================================',
        '',
      ].join('\n') + '\n',
    );
  }
}

main(process.argv.slice(2)).catch((err) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    process.stderr.write(`Failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  }
  process.exit(1);
});
