import type { Response } from 'express';
import { ErrorCode } from '@tm/shared';
import type { DomainError } from './domain-error';

const STATUS: Record<string, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.LIMIT_EXCEEDED]: 409,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.UNAVAILABLE]: 503,
};

/** A domain error as REST answers it: its HTTP status and `{ error: { code, message, …details } }`. */
export function sendDomainError(res: Response, err: DomainError): void {
  res.status(STATUS[err.code] ?? 400).json({ error: { code: err.code, message: err.message, ...(err.details ?? {}) } });
}
