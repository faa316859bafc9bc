import { ErrorCode } from '@tm/shared';
import { DomainError, conflict, notFound } from '../../platform/errors/domain-error';

export const userNotFound = () => notFound('User');
export const userUsernameTaken = (username: string) => conflict(`A user named "${username}" already exists`);
export const tooManyUsers = (max: number) =>
  new DomainError(ErrorCode.LIMIT_EXCEEDED, `This agent may have at most ${max} users`, { maxUsers: max });
