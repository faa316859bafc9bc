import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { RoleAuthChecker } from '../platform/auth/auth-checker';
import { registerResolverContainer } from '../platform/graphql/resolver-instance';
import type { PubSub } from '../platform/pubsub/pubsub';
import type { Container } from './container';
import { RESOLVERS, resolverContainer, schemaOnlyContainer } from './resolvers';

export { RESOLVERS };

/**
 * The GraphQL schema. With the container's services its resolvers run (the API); without them it is a schema
 * to print or inspect (`emit-schema`, the schema test), and running any resolver throws.
 */
export async function createSchema(pubSub: PubSub, services?: Container['services']): Promise<GraphQLSchema> {
  const container = services ? resolverContainer(services) : schemaOnlyContainer;
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    container,
    authChecker: RoleAuthChecker,
    authMode: 'error',
    pubSub,
    validate: false,
  });
  registerResolverContainer(schema, container);
  return schema;
}

/** The SDL committed as apps/api/schema.graphql (sorted, so it diffs cleanly). */
export const printSortedSchema = (schema: GraphQLSchema): string => printSchema(lexicographicSortSchema(schema)) + '\n';
