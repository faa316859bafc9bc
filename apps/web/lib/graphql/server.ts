import { redirect } from 'next/navigation';
import { ErrorCode } from '@tm/shared';
import { requireSession } from '../session';
import { callApi } from './api-client';
import { GqlError } from './errors';
import type { Document, VariablesArg } from './operation';

/**
 * A query from a server component as the signed-in account. An API that no longer accepts the
 * token (expired, account disabled) ends the portal session.
 */
export async function serverGql<TResult, TVariables>(doc: Document<TResult, TVariables>, ...[variables]: VariablesArg<TVariables>): Promise<TResult> {
  const session = await requireSession();
  try {
    return await callApi(doc, variables as TVariables, { token: session.accessToken });
  } catch (err) {
    if (err instanceof GqlError && err.code === ErrorCode.UNAUTHENTICATED) redirect('/auth/expired');
    throw err;
  }
}

export type Result<T> = { ok: true; data: T } | { ok: false; code: string; message: string };

/** Like serverGql, but returns API errors as a value so the page can show them inline. */
export async function serverGqlResult<TResult, TVariables>(doc: Document<TResult, TVariables>, ...args: VariablesArg<TVariables>): Promise<Result<TResult>> {
  try {
    return { ok: true, data: await serverGql(doc, ...args) };
  } catch (err) {
    if (err instanceof GqlError) return { ok: false, code: err.code, message: err.message };
    throw err;
  }
}
