export { UserEntity, newUser } from './user.entity';
export { UsersService, type UserView } from './users.service';
export { UsersResolver } from './users.resolver';
export {
  USER_ACCESS_CHANGED,
  USER_CHANGED,
  USER_STATUS_CHANGED,
  type StatusChangeReason,
  type UserAccessChangedPayload,
  type UserChangedPayload,
  type UserStatusChange,
  type UserStatusChangedPayload,
} from './users.topics';
export { tooManyUsers, userNotFound } from './users.errors';
export { userViews } from './user-views';
export { networkAccess, type NetworkAccess, type OverLimitChoice } from './access.policy';
export { UserType } from './user.types';
export type { NewRouterLogin, QuotaGrant, ReserveGrant, UserWithLoginCreator } from './users.ports';
export type { CreateUserData } from './users.policy';
