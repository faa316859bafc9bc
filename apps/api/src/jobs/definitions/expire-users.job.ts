import type { Container } from '../../app/container';
import { JobName } from '../job-names';

/** Marks users past their expiry date as EXPIRED. */
export const expireUsersJob = {
  name: JobName.EXPIRE_USERS,
  handler: (c: Container) => async () => {
    const changed = await c.services.users.expireDue(new Date());
    if (changed) c.logger.info({ job: JobName.EXPIRE_USERS, changed }, 'users expired');
  },
};
