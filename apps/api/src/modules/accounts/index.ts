export { AccountEntity } from './account.entity';
export { ApiKeyEntity } from './api-key.entity';
export { AccountsService, type AccountView } from './accounts.service';
export { AuthService } from './auth.service';
export { ApiKeysService } from './api-keys.service';
export { AccountsResolver } from './accounts.resolver';
export { AuthResolver } from './auth.resolver';
export { ApiKeysResolver } from './api-keys.resolver';
export { AccountType } from './account.types';
