import { AccountEntity } from '../../modules/accounts/account.entity';
import { ApiKeyEntity } from '../../modules/accounts/api-key.entity';
import { UserEntity } from '../../modules/users/user.entity';
import { AgendaJobEntity } from '../jobs/agenda-job.entity';

/** Every TypeORM entity, for the data source and the migration generator. */
export const ENTITIES = [AccountEntity, ApiKeyEntity, UserEntity, AgendaJobEntity];
