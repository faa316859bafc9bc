import type { Server } from 'node:http';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, GraphQLSchema, execute, parse, specifiedRules, subscribe, validate } from 'graphql';
import { ErrorCode } from '@tm/shared';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { createFormatError } from '../platform/errors/format-error';
import { assertComplexity, depthRule } from '../platform/graphql/limits';
import type { Context } from '../platform/graphql/context';
import type { Container } from './container';
import { createContext } from './context';

/** Apollo over HTTP and graphql-ws over WebSocket on the same server, sharing one context builder and limits. */
export async function createGraphqlServer(c: Container, schema: GraphQLSchema, http: Server) {
  const formatError = createFormatError(c.logger);
  const rules = [depthRule(c.config.GRAPHQL_MAX_DEPTH)];

  const wss = new WebSocketServer({ server: http, path: '/graphql' });
  const wsCleanup = useServer<Record<string, unknown>, { ctx?: Context }>(
    {
      schema,
      execute,
      subscribe,
      // A missing or invalid token refuses the connection (close code 4403 Forbidden).
      onConnect: async (wsCtx) => {
        const auth = wsCtx.connectionParams?.authorization ?? wsCtx.connectionParams?.Authorization;
        const ctx = await createContext(c, {
          authorization: typeof auth === 'string' ? auth : null,
          address: wsCtx.extra.request.socket.remoteAddress ?? 'unknown',
        });
        if (!ctx.actor) return false;
        wsCtx.extra.ctx = ctx;
        return true;
      },
      context: (wsCtx) => wsCtx.extra.ctx!,
      // graphql-ws validates with graphql's rules only; ours (depth, complexity) run here too.
      onSubscribe: (wsCtx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query);
        } catch (err) {
          return [asInputError(err)];
        }
        const errors = validate(schema, document, [...specifiedRules, ...rules]);
        if (errors.length) return errors.map(asInputError);
        try {
          assertComplexity(schema, document, payload.variables ?? undefined, payload.operationName, c.config.GRAPHQL_MAX_COMPLEXITY);
        } catch (err) {
          return [asInputError(err)];
        }
        return {
          schema,
          document,
          variableValues: payload.variables,
          operationName: payload.operationName,
          contextValue: wsCtx.extra.ctx,
        };
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) } : result,
    },
    wss,
  );

  const complexityPlugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (operation?.operation === 'subscription') {
            throw new GraphQLError('Subscriptions are served over WebSocket (graphql-ws) at /graphql', {
              extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
            });
          }
          assertComplexity(schema, document, request.variables, request.operationName, c.config.GRAPHQL_MAX_COMPLEXITY);
        },
        async willSendResponse({ operation, errors, operationName }) {
          c.metrics.graphqlOperations.inc({
            operation: operationName ?? 'anonymous',
            type: operation?.operation ?? 'unknown',
            outcome: errors?.length ? 'error' : 'ok',
          });
        },
      };
    },
  };

  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown: Apollo's own signal handlers would race it and stall the drain.
    stopOnTerminationSignals: false,
    introspection: c.config.GRAPHQL_INTROSPECTION ?? !c.config.isProduction,
    validationRules: rules,
    csrfPrevention: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: http }),
      complexityPlugin,
      {
        async serverWillStart() {
          return { drainServer: async () => void (await wsCleanup.dispose()) };
        },
      },
      ...(c.config.isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();
  return { apollo, wss };
}

function asInputError(err: unknown): GraphQLError {
  const message = err instanceof Error ? err.message : 'Invalid operation';
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
}
