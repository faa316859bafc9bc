import type { DataSource } from 'typeorm';
import Redis from 'ioredis';
import { Config, loadConfig } from '../platform/config/config';
import { createDataSource, dbKind, openDatabase } from '../platform/db/data-source';
import { ENTITIES } from './entities';
import { LoginThrottle } from '../platform/auth/login-throttle';
import { SessionTokens } from '../platform/auth/session-token';
import { JobRunner } from '../platform/jobs/job-runner';
import { JobName } from '../jobs/job-names';
import { Logger, createLogger } from '../platform/logger/logger';
import { Metrics, createMetrics } from '../platform/observability/metrics';
import { PubSubHandle, createPubSubHandle } from '../platform/pubsub/pubsub';
import { AccountsService, ApiKeysService, AuthService } from '../modules/accounts';
import { USER_ACCESS_CHANGED, UsersService, type UserAccessChangedPayload } from '../modules/users';
import { SystemService } from '../modules/system';
import { EnforcementService, LimitsService, reserveGrant, type EnforcementScope } from '../modules/limits';
import { AlertsService } from '../modules/alerts';
import { ServersService } from '../modules/servers';
import { SettingsService } from '../modules/settings';
import { ResetCyclesService, ResetEventsService, ResetSchedulesService, ResetsService, TrafficReportsService } from '../modules/resets';
import { ActiveSessionsService, BandwidthLimitsService, BandwidthReconciler, LoginReconciler, RouterAccountingService, RouterLinks, RouterSyncService, RouterUsersService, RoutersService, SpeedProfilesService, VouchersService } from '../modules/bandwidth';
import { SecretBox } from '../platform/crypto/secret-box';
import { ConnectorImportService, ConnectorLease, ConnectorServers, ConnectorSyncService, ConnectorViewsService, ConnectorsService, PanelAccounting, PanelPusher, PanelResetsService } from '../modules/connectors';
import { UsageIngestService, UsageLiveService, UsageRetentionService, UsageRollupService, UsageSeriesService, UsageStatsService } from '../modules/usage';

export interface Container {
  config: Config;
  logger: Logger;
  ds: DataSource;
  pubsub: PubSubHandle;
  metrics: Metrics;
  jobs: JobRunner;
  services: {
    accounts: AccountsService;
    auth: AuthService;
    apiKeys: ApiKeysService;
    users: UsersService;
    system: SystemService;
    limits: LimitsService;
    enforcement: EnforcementService;
    alerts: AlertsService;
    servers: ServersService;
    settings: SettingsService;
    ingest: UsageIngestService;
    usageLive: UsageLiveService;
    usageStats: UsageStatsService;
    usageSeries: UsageSeriesService;
    usageRetention: UsageRetentionService;
    usageRollup: UsageRollupService;
    resets: ResetsService;
    resetEvents: ResetEventsService;
    resetCycles: ResetCyclesService;
    resetSchedules: ResetSchedulesService;
    trafficReports: TrafficReportsService;
    routers: RoutersService;
    speedProfiles: SpeedProfilesService;
    routerSync: RouterSyncService;
    bandwidthLimits: BandwidthLimitsService;
    activeSessions: ActiveSessionsService;
    routerUsers: RouterUsersService;
    vouchers: VouchersService;
    connectors: ConnectorsService;
    connectorSync: ConnectorSyncService;
    connectorImport: ConnectorImportService;
    connectorViews: ConnectorViewsService;
  };
  close(): Promise<void>;
}

/**
 * Builds every service once. main (API and worker), the CLI and the tests all start here,
 * so they run the same code against the same kind of database.
 */
export async function buildContainer(config: Config = loadConfig(), opts: { logger?: Logger } = {}): Promise<Container> {
  const logger = opts.logger ?? createLogger(config);
  const ds = await openDatabase(createDataSource(config.db, ENTITIES), config.MIGRATIONS_RUN);
  const pubsub = createPubSubHandle(config.REDIS_URL);
  const metrics = createMetrics();
  const throttleRedis = config.REDIS_URL ? new Redis(config.REDIS_URL, { maxRetriesPerRequest: 3 }) : undefined;
  const throttle = new LoginThrottle({
    maxFailures: config.LOGIN_MAX_FAILURES,
    windowSeconds: config.LOGIN_WINDOW_SECONDS,
    redis: throttleRedis,
  });
  const jobs = new JobRunner({
    dataSource: ds,
    mongoUrl: config.MONGODB_URL,
    logger: logger.child({ component: 'jobs' }),
    processEvery: config.JOBS_PROCESS_EVERY,
    lockLifetimeMs: config.JOBS_LOCK_LIFETIME_MS,
  });

  // Users and agents hand their changes to enforcement, which needs them back: the hooks reach
  // `limits` and `enforcement` (declared below) only when they run, after the container is built.
  const settings = new SettingsService(ds);
  const defaultTimeZone = async () => (await settings.get()).timeZone;
  const accounts = new AccountsService(ds, (agentId: number) => limits.quotaChanged(agentId), defaultTimeZone, async (agentId) => {
    await pubsub.pubsub.publish(USER_ACCESS_CHANGED, { agentId } satisfies UserAccessChangedPayload);
  });
  const auth = new AuthService(ds, accounts, new SessionTokens(config.AUTH_SECRET, config.SESSION_TTL_HOURS), throttle, (outcome) =>
    metrics.loginAttempts.inc({ outcome }),
  );
  const usageLive = new UsageLiveService(ds, pubsub.pubsub, {
    coalesceMs: config.USAGE_COALESCE_MS,
    logger: logger.child({ component: 'usage-live' }),
  });
  const users = new UsersService(ds, pubsub.pubsub, {
    reserveGrant,
    afterChange: (userId, agentId) =>
      enforcement.check({ kind: 'users', userIds: [userId], agentIds: agentId === null ? [] : [agentId] }).then(() => undefined),
    defaultTimeZone,
  });
  const alerts = new AlertsService(ds, pubsub.pubsub, settings, {
    enqueueDelivery: (alertId) => jobs.now(JobName.DELIVER_ALERT, { alertId }),
    logger: logger.child({ component: 'alerts' }),
  });
  const enforcement = new EnforcementService(ds, alerts, pubsub.pubsub, logger.child({ component: 'enforcement' }));
  const limits: LimitsService = new LimitsService(ds, accounts, enforcement);
  const usageRollup = new UsageRollupService(ds);
  const trafficReports = new TrafficReportsService(ds);
  const ingest = new UsageIngestService(ds, settings, {
    batchCommitted(e) {
      usageLive.batchCommitted(e);
      enforcement.batchCommitted(e);
    },
  });
  const connectors = buildConnectors(config, ds, logger, ingest, defaultTimeZone, enforcement);
  const resets = new ResetsService(ds, pubsub.pubsub, {
    settings,
    reports: trafficReports,
    enforce: (scope) => enforcement.check(scope),
    logger: logger.child({ component: 'resets' }),
    panels: connectors.panelResets,
  });
  const bandwidth = buildBandwidth(config, ds, logger, users, ingest, defaultTimeZone);
  const services = {
    accounts,
    settings,
    servers: new ServersService(ds),
    ingest,
    usageLive,
    usageRollup,
    usageStats: new UsageStatsService(ds, users, settings, usageRollup),
    usageSeries: new UsageSeriesService(ds, users, accounts, usageRollup),
    usageRetention: new UsageRetentionService(ds, settings, usageRollup),
    auth,
    apiKeys: new ApiKeysService(ds),
    users,
    limits,
    enforcement,
    alerts,
    resets,
    resetEvents: new ResetEventsService(ds),
    resetCycles: new ResetCyclesService(ds, resets),
    resetSchedules: new ResetSchedulesService(ds, resets, settings),
    trafficReports,
    ...bandwidth,
    connectors: connectors.connectors,
    connectorSync: connectors.connectorSync,
    connectorImport: connectors.connectorImport,
    connectorViews: connectors.connectorViews,
    system: new SystemService(ds, {
      database: dbKind(ds),
      jobsBackend: () => jobs.backendName,
      pubsub: pubsub.kind,
      listJobs: () => jobs.list(),
    }),
  };

  return {
    config,
    logger,
    ds,
    pubsub,
    metrics,
    jobs,
    services,
    async close() {
      await jobs.stop().catch((err: unknown) => logger.warn({ err }, 'stopping jobs failed'));
      bandwidth.activeSessions.close();
      await bandwidth.routerSync.close();
      await connectors.connectorSync.close();
      await enforcement.settled();
      await usageLive.close();
      await pubsub.close();
      throttleRedis?.disconnect();
      if (ds.isInitialized) await ds.destroy();
    },
  };
}

/** Routers, speed profiles, limits, the poll and the live view: one connection per router shared by all. */
function buildBandwidth(config: Config, ds: DataSource, logger: Logger, users: UsersService, ingest: UsageIngestService, defaultTimeZone: () => Promise<string>) {
  const log = logger.child({ component: 'bandwidth' });
  const links = new RouterLinks(config.ROUTER_TIMEOUT_MS);
  const routers = new RoutersService(ds, new SecretBox(config.ROUTER_SECRET_KEY), links, {
    retryMs: config.ROUTER_RETRY_MS,
    retryMaxMs: config.ROUTER_RETRY_MAX_MS,
  });
  const speedProfiles = new SpeedProfilesService(ds);
  const routerSync = new RouterSyncService(
    ds,
    routers,
    links,
    new BandwidthReconciler(ds, log),
    new RouterAccountingService(ds, ingest, log),
    new LoginReconciler(ds, (sealed) => routers.openPassword(sealed), log),
    log,
  );
  return {
    routers,
    speedProfiles,
    routerSync,
    bandwidthLimits: new BandwidthLimitsService(ds, { users, routers, profiles: speedProfiles, sync: routerSync }),
    activeSessions: new ActiveSessionsService(ds, routers, links, { pollMs: config.ROUTER_LIVE_POLL_MS, logger: log }),
    routerUsers: new RouterUsersService(ds, { users, routers, profiles: speedProfiles, sync: routerSync, links }),
    vouchers: new VouchersService(ds, { routers, profiles: speedProfiles, sync: routerSync, defaultTimeZone }),
  };
}

/** Panels (connectors): one logged-in client per panel, the poll (pull and push), imports, and the reset port. */
function buildConnectors(
  config: Config,
  ds: DataSource,
  logger: Logger,
  ingest: UsageIngestService,
  defaultTimeZone: () => Promise<string>,
  enforcement: EnforcementService,
) {
  const enforce = (scope: EnforcementScope) => enforcement.check(scope);
  const log = logger.child({ component: 'connectors' });
  const connectors = new ConnectorsService(ds, new SecretBox(config.ROUTER_SECRET_KEY), {
    timeoutMs: config.CONNECTOR_TIMEOUT_MS,
    retryMs: config.CONNECTOR_RETRY_MS,
    retryMaxMs: config.CONNECTOR_RETRY_MAX_MS,
  });
  const lease = new ConnectorLease(ds);
  const servers = new ConnectorServers(ds);
  const pusher = new PanelPusher(ds, log);
  const connectorSync = new ConnectorSyncService(ds, connectors, lease, new PanelAccounting(ds, ingest, servers, log), pusher, log, () => enforcement.settled());
  return {
    connectors,
    connectorSync,
    connectorImport: new ConnectorImportService(ds, { connectors, lease, sync: connectorSync, defaultTimeZone, enforce }),
    connectorViews: new ConnectorViewsService(ds),
    panelResets: new PanelResetsService(ds, lease, connectorSync, pusher, servers),
  };
}
