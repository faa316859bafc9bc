import { ErrorCode } from '@tm/shared';
import { webConfig } from '../config';
import { GqlError, toGqlError, unavailable, type GraphQLResponse } from './errors';
import { requestBody, type Document } from './operation';

export interface CallOptions {
  token?: string | null;
  /** Extra headers, e.g. X-Forwarded-For on login. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * One GraphQL request to the API from the portal's server, without a session (sign-in uses it
 * directly; serverGql adds the session's token). Throws GqlError.
 */
export async function callApi<TResult, TVariables>(doc: Document<TResult, TVariables>, variables: TVariables, opts: CallOptions = {}): Promise<TResult> {
  let res: Response;
  try {
    res = await fetch(webConfig().graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...opts.headers,
      },
      body: JSON.stringify(requestBody(doc, variables)),
      cache: 'no-store',
      signal: opts.signal ?? AbortSignal.timeout(15_000),
    });
  } catch {
    throw unavailable();
  }
  let body: GraphQLResponse<TResult>;
  try {
    body = (await res.json()) as GraphQLResponse<TResult>;
  } catch {
    throw unavailable(`The API answered ${res.status} without a GraphQL body.`);
  }
  if (body.errors?.length) throw toGqlError(body.errors);
  if (!body.data) throw new GqlError(ErrorCode.INTERNAL_SERVER_ERROR, 'The API returned no data.');
  return body.data;
}
