export { UserEntity } from './user.entity';
export { UsersService, type UserView } from './users.service';
export { UsersResolver } from './users.resolver';
export { USER_ACCESS_CHANGED, USER_CHANGED, type UserAccessChangedPayload, type UserChangedPayload } from './users.topics';
export { networkAccess, type NetworkAccess, type OverLimitChoice } from './access.policy';
export { UserType } from './user.types';
