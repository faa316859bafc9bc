import type { TypedDocumentString } from './generated/graphql';

/**
 * A document made with `graphql(\`…\`)` from ./generated: it carries its result and variables
 * types, and its toString() is the query text sent to the API.
 */
export type Document<TResult, TVariables> = TypedDocumentString<TResult, TVariables>;

/** The variables argument: optional when the operation has none or only optional ones. */
export type VariablesArg<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

/** The request body for a document (the same for HTTP and graphql-ws). */
export function requestBody<TResult, TVariables>(doc: Document<TResult, TVariables>, variables: TVariables | undefined): { query: string; variables: TVariables | Record<string, never> } {
  return { query: doc.toString(), variables: variables ?? {} };
}
