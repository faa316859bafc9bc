export { UserEntity } from './user.entity';
export { UsersService, type UserView } from './users.service';
export { UsersResolver } from './users.resolver';
export { USER_CHANGED, type UserChangedPayload } from './users.topics';
export { UserType } from './user.types';
