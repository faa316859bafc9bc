import { JobName } from './job-names';

/** Every periodic job and its interval, in one place. */
export const SCHEDULE: { name: JobName; every: string }[] = [
  { name: JobName.EXPIRE_USERS, every: '1 minute' },
  { name: JobName.CLEANUP_SAMPLES, every: '1 day' },
  { name: JobName.ROLLUP_USAGE, every: '1 minute' },
];
