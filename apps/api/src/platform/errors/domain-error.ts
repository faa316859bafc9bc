import { ErrorCode } from '@tm/shared';

/** The one error type services throw. Its code reaches clients as `extensions.code`. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError(ErrorCode.NOT_FOUND, `${what} not found`);
export const forbidden = (message = 'Not allowed') => new DomainError(ErrorCode.FORBIDDEN, message);
export const badInput = (message: string, details?: Record<string, unknown>) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, details);
export const conflict = (message: string) => new DomainError(ErrorCode.CONFLICT, message);
export const unauthenticated = (message = 'Sign in first', details?: Record<string, unknown>) =>
  new DomainError(ErrorCode.UNAUTHENTICATED, message, details);
