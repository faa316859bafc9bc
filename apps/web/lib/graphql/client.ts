'use client';

import { ErrorCode } from '@tm/shared';
import { GqlError, toGqlError, unavailable, type GraphQLResponse } from './errors';
import { requestBody, type Document, type VariablesArg } from './operation';

/**
 * GraphQL from client components, through the portal's /api/graphql route (which adds the
 * session's API token). Result and variables types come from the document. Throws GqlError with
 * the API's `extensions.code`.
 */
export async function gql<TResult, TVariables>(doc: Document<TResult, TVariables>, ...[variables]: VariablesArg<TVariables>): Promise<TResult> {
  let res: Response;
  try {
    res = await fetch('/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(requestBody(doc, variables)),
      credentials: 'same-origin',
    });
  } catch {
    throw unavailable("Can't reach the portal. Check your connection.");
  }
  let body: GraphQLResponse<TResult>;
  try {
    body = (await res.json()) as GraphQLResponse<TResult>;
  } catch {
    throw unavailable(`The server answered ${res.status}.`);
  }
  if (body.errors?.length) {
    const err = toGqlError(body.errors);
    // A full page load on purpose: /auth/expired is a route handler (it drops the session cookie and
    // redirects to /login), which client-side navigation can't reach, and nothing of this page's
    // state should survive the session.
    if (err.code === ErrorCode.UNAUTHENTICATED) window.location.assign(new URL('/auth/expired', window.location.origin));
    throw err;
  }
  if (!body.data) throw new GqlError(ErrorCode.INTERNAL_SERVER_ERROR, 'No data in the answer.');
  return body.data;
}
