import { GraphQLError, GraphQLSchema, ValidationRule, DocumentNode } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export const depthRule = (maxDepth: number): ValidationRule => depthLimit(maxDepth);

/** Rejects operations whose estimated cost is over the limit (lists count per requested page size). */
export function assertComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined | null,
  max: number,
): void {
  let complexity: number;
  try {
    complexity = getComplexity({
      schema,
      query: document,
      variables,
      operationName: operationName ?? undefined,
      estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (err) {
    // Estimating coerces the variables first, so a bad variable surfaces here before execution.
    throw new GraphQLError(err instanceof Error ? err.message : 'Invalid variables', {
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
  if (complexity > max) {
    throw new GraphQLError(`Query is too complex: ${complexity} (at most ${max})`, {
      extensions: { code: 'BAD_USER_INPUT', complexity, maxComplexity: max, http: { status: 400 } },
    });
  }
}
