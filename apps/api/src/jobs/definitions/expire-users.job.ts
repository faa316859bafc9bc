import type { Container } from '../../app/container';
import { JobName } from '../job-names';

/** Marks active users past their expiry as EXPIRED (the agents' check does it too, less often). */
export const expireUsersJob = {
  name: JobName.EXPIRE_USERS,
  handler: (c: Container) => async () => {
    const { changes } = await c.services.enforcement.check({ kind: 'expiry' }, new Date());
    if (changes.length) c.logger.info({ job: JobName.EXPIRE_USERS, changed: changes.length }, 'users expired');
  },
};
