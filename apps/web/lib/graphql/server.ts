import { redirect } from 'next/navigation';
import { ErrorCode } from '@tm/shared';
import { webConfig } from '../config';
import { requireSession } from '../session';
import { GqlError, toGqlError, unavailable, type GraphQLResponse } from './errors';

export interface CallOptions {
  token?: string | null;
  /** Extra headers, e.g. X-Forwarded-For on login. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** One GraphQL request to the API from the portal's server. Throws GqlError. */
export async function callApi<T>(query: string, variables: Record<string, unknown> = {}, opts: CallOptions = {}): Promise<T> {
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
      body: JSON.stringify({ query, variables }),
      cache: 'no-store',
      signal: opts.signal ?? AbortSignal.timeout(15_000),
    });
  } catch {
    throw unavailable();
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await res.json()) as GraphQLResponse<T>;
  } catch {
    throw unavailable(`The API answered ${res.status} without a GraphQL body.`);
  }
  if (body.errors?.length) throw toGqlError(body.errors);
  if (!body.data) throw new GqlError(ErrorCode.INTERNAL_SERVER_ERROR, 'The API returned no data.');
  return body.data;
}

/**
 * A query from a server component as the signed-in account. An API that no longer accepts the
 * token (expired, account disabled) ends the portal session.
 */
export async function serverGql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const session = await requireSession();
  try {
    return await callApi<T>(query, variables, { token: session.accessToken });
  } catch (err) {
    if (err instanceof GqlError && err.code === ErrorCode.UNAUTHENTICATED) redirect('/auth/expired');
    throw err;
  }
}

export type Result<T> = { ok: true; data: T } | { ok: false; code: string; message: string };

/** Like serverGql, but returns API errors as a value so the page can show them inline. */
export async function serverGqlResult<T>(query: string, variables: Record<string, unknown> = {}): Promise<Result<T>> {
  try {
    return { ok: true, data: await serverGql<T>(query, variables) };
  } catch (err) {
    if (err instanceof GqlError) return { ok: false, code: err.code, message: err.message };
    throw err;
  }
}
