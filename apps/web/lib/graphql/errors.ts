import { ErrorCode } from '@tm/shared';

export interface GraphQLErrorJson {
  message?: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorJson[];
}

/** A GraphQL error as the portal shows it: the API's `extensions.code` and its message. */
export class GqlError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'GqlError';
  }
}

/** The first error of a response as a GqlError (the API puts the meaningful one first). */
export function toGqlError(errors: GraphQLErrorJson[]): GqlError {
  const first = errors[0] ?? {};
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : ErrorCode.INTERNAL_SERVER_ERROR;
  return new GqlError(code, first.message || 'Request failed', first.extensions ?? {});
}

export function unavailable(message = "Can't reach the Traffic Manager API. Try again in a moment."): GqlError {
  return new GqlError(ErrorCode.UNAVAILABLE, message);
}

const FALLBACK: Record<string, string> = {
  UNAUTHENTICATED: 'Your session has ended. Sign in again.',
  FORBIDDEN: "You don't have permission to do that.",
  NOT_FOUND: 'It no longer exists. It may have been deleted.',
  BAD_USER_INPUT: 'Some values are not valid.',
  LIMIT_EXCEEDED: 'That would go past a limit.',
  CONFLICT: 'That name is already taken.',
  UNAVAILABLE: "Can't reach the service. Try again in a moment.",
  INTERNAL_SERVER_ERROR: 'Something went wrong on the server. Try again.',
  GRAPHQL_VALIDATION_FAILED: 'The portal and the API disagree about this request (version mismatch).',
};

const TITLES: Record<string, string> = {
  UNAUTHENTICATED: 'Signed out',
  FORBIDDEN: 'Not allowed',
  NOT_FOUND: 'Not found',
  BAD_USER_INPUT: 'Check the form',
  LIMIT_EXCEEDED: 'Limit reached',
  CONFLICT: 'Already exists',
  UNAVAILABLE: 'Unavailable',
  RESET_FAILED: 'Reset failed',
};

/** A short title for an error code, e.g. "Limit reached". */
export function errorTitle(code: string): string {
  return TITLES[code] ?? 'Error';
}

/** The message to show for an error: the API's own message unless it is internal. */
export function errorMessage(err: unknown): string {
  if (err instanceof GqlError) {
    if (err.code === ErrorCode.INTERNAL_SERVER_ERROR || !err.message) return FALLBACK[err.code] ?? FALLBACK.INTERNAL_SERVER_ERROR;
    return err.message;
  }
  if (err instanceof Error && err.message) return err.message;
  return FALLBACK.INTERNAL_SERVER_ERROR;
}

export function errorCode(err: unknown): string {
  return err instanceof GqlError ? err.code : ErrorCode.INTERNAL_SERVER_ERROR;
}
