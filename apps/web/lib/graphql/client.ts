'use client';

import { ErrorCode } from '@tm/shared';
import { GqlError, toGqlError, unavailable, type GraphQLResponse } from './errors';

/**
 * GraphQL from client components, through the portal's /api/graphql route (which adds the
 * session's API token). Throws GqlError with the API's `extensions.code`.
 */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch('/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
      credentials: 'same-origin',
    });
  } catch {
    throw unavailable("Can't reach the portal. Check your connection.");
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await res.json()) as GraphQLResponse<T>;
  } catch {
    throw unavailable(`The server answered ${res.status}.`);
  }
  if (body.errors?.length) {
    const err = toGqlError(body.errors);
    if (err.code === ErrorCode.UNAUTHENTICATED) window.location.assign('/auth/expired');
    throw err;
  }
  if (!body.data) throw new GqlError(ErrorCode.INTERNAL_SERVER_ERROR, 'No data in the answer.');
  return body.data;
}
