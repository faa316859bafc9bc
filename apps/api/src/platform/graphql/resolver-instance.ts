import type { GraphQLSchema } from 'graphql';
import type { ArgsDictionary, ContainerType, SubscribeResolverData } from 'type-graphql';

/*
 * TypeGraphQL calls a `@Subscription({ subscribe })` function without a resolver instance: it gets only
 * { source, args, context, info }. The schema's resolver container (app/resolvers.ts) is registered here
 * against the schema it serves, so such a function reaches its resolver instance, and with it the services
 * the instance was built with, through info.schema.
 */
const containers = new WeakMap<GraphQLSchema, ContainerType>();

export function registerResolverContainer(schema: GraphQLSchema, container: ContainerType): void {
  containers.set(schema, container);
}

/** The instance of `cls` serving this operation's schema. */
export async function resolverInstance<T>(
  cls: abstract new (...args: never[]) => T,
  data: SubscribeResolverData<unknown, ArgsDictionary, object>,
): Promise<T> {
  const container = containers.get(data.info.schema);
  if (!container) throw new Error(`${cls.name}: this schema has no resolver container (build it with createSchema)`);
  return (await container.get(cls, { root: data.source, args: data.args, context: data.context, info: data.info })) as T;
}
