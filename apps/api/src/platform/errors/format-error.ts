import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode } from '@tm/shared';
import type { Logger } from '../logger/logger';
import { DomainError } from './domain-error';

const PUBLIC_CODES = new Set<string>(Object.values(ErrorCode));

/**
 * The one place errors become what clients see: domain errors keep their code and message,
 * GraphQL's own input errors become BAD_USER_INPUT, and everything else is masked (and logged).
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      return {
        message: original.message,
        path: formatted.path,
        extensions: { code: original.code, ...(original.details ?? {}) },
      };
    }
    const code = String(formatted.extensions?.code ?? '');
    if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' || code === 'BAD_REQUEST') {
      return { message: formatted.message, locations: formatted.locations, extensions: { code: ErrorCode.BAD_USER_INPUT, reason: code } };
    }
    if (PUBLIC_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const { stacktrace: _s, http: _h, ...extensions } = formatted.extensions ?? {};
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { ...extensions, code } };
    }
    if (code === 'PERSISTED_QUERY_NOT_FOUND' || code === 'PERSISTED_QUERY_NOT_SUPPORTED' || code === 'OPERATION_RESOLUTION_FAILURE') {
      return { message: formatted.message, extensions: { code: ErrorCode.BAD_USER_INPUT, reason: code } };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}
