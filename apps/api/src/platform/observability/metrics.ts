import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One registry per process (tests build several apps in one process, so no global registry). */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'tm_' });
  const httpDuration = new Histogram({
    name: 'tm_http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const graphqlOperations = new Counter({
    name: 'tm_graphql_operations_total',
    help: 'GraphQL operations by name, type and outcome',
    labelNames: ['operation', 'type', 'outcome'],
    registers: [registry],
  });
  const loginAttempts = new Counter({
    name: 'tm_login_attempts_total',
    help: 'Login attempts by outcome',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const routerPolls = new Counter({
    name: 'tm_router_polls_total',
    help: 'Router passes of the poll job by outcome (ok, or failed: the router could not be reached)',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const routerPollDuration = new Histogram({
    name: 'tm_router_poll_duration_seconds',
    help: 'Duration of one run of the router poll job (every due router)',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const connectorPolls = new Counter({
    name: 'tm_connector_polls_total',
    help: 'Panel (connector) polls by outcome (ok, or failed: the panel could not be reached or refused us)',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const connectorBytes = new Counter({
    name: 'tm_connector_bytes_total',
    help: 'Bytes counted from panels (connectors)',
    registers: [registry],
  });
  return { registry, httpDuration, graphqlOperations, loginAttempts, routerPolls, routerPollDuration, connectorPolls, connectorBytes };
}

export type Metrics = ReturnType<typeof createMetrics>;
