import type { Settings } from '../modules/settings';
import { JobName } from './job-names';

/** Every periodic job and its interval, in one place; some intervals come from the settings. */
export function schedule(settings: Settings, routerPollInterval = '10 seconds', connectorTick = '5 seconds'): { name: JobName; every: string }[] {
  return [
    { name: JobName.EXPIRE_USERS, every: '1 minute' },
    { name: JobName.CLEANUP_SAMPLES, every: '1 day' },
    { name: JobName.ROLLUP_USAGE, every: '1 minute' },
    { name: JobName.RUN_DUE_RESETS, every: '1 minute' },
    { name: JobName.POLL_ROUTERS, every: routerPollInterval },
    // Each panel is polled on its own interval (pollSeconds); this tick only looks for the due ones.
    { name: JobName.POLL_CONNECTORS, every: connectorTick },
    { name: JobName.CHECK_AGENTS, every: `${settings.enforcementIntervalMinutes} minutes` },
  ];
}
