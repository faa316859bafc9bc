import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import express, { type Request } from 'express';
import { expressMiddleware } from '@as-integrations/express5';
import { pinoHttp } from 'pino-http';
import type { Container } from './container';
import { createContext } from './context';
import { createGraphqlServer } from './graphql-server';
import { createSchema } from './schema';
import { trafficWebhook } from '../modules/usage';
import { agentTrafficRoutes } from '../modules/limits';
import { trafficReportRoutes } from '../modules/resets';
import { voucherRoutes } from '../modules/bandwidth';

export interface RunningServer {
  http: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

const requestId = (req: Request): string => {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
};

/** The API's HTTP side: /graphql (HTTP + WebSocket), /healthz, /metrics. */
export async function startHttpServer(c: Container, opts: { port?: number; host?: string } = {}): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    pinoHttp({
      logger: c.logger,
      genReqId: (req, res) => {
        const id = requestId(req as Request);
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/metrics' },
    }),
  );
  app.use((req, res, next) => {
    const end = c.metrics.httpDuration.startTimer({ method: req.method });
    res.on('finish', () => end({ route: routeLabel(req.path), status: String(res.statusCode) }));
    next();
  });

  app.get('/healthz', async (_req, res) => {
    const db = await c.services.system.databaseAnswers();
    res.status(db ? 200 : 503).json({
      status: db ? 'ok' : 'unavailable',
      database: c.services.system.database,
      uptimeSeconds: c.services.system.uptimeSeconds(),
    });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(c.metrics.registry.contentType).send(await c.metrics.registry.metrics());
  });

  app.use(trafficWebhook(c.services.servers, c.services.ingest));
  app.use(agentTrafficRoutes(c.services.auth, c.services.accounts, c.services.limits));
  app.use(trafficReportRoutes(c.services.auth, c.services.trafficReports));
  app.use(voucherRoutes(c.services.auth, c.services.vouchers));

  const http = createServer(app);
  const schema = await createSchema(c.pubsub.pubsub, c.services);
  const { apollo } = await createGraphqlServer(c, schema, http);
  app.use(
    '/graphql',
    corsFor(c.config.CORS_ORIGIN),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(c, { authorization: req.headers.authorization, address: req.ip ?? 'unknown', requestId: String(req.id) }),
    }),
  );
  // Body parse errors and anything else thrown outside GraphQL: a typed JSON answer, never a stack trace.
  app.use((err: { status?: number; type?: string }, req: Request, res: express.Response, _next: express.NextFunction) => {
    const status = err.status && err.status < 500 ? err.status : 500;
    if (status === 500) req.log.error({ err }, 'request failed');
    res.status(status).json({ errors: [{ message: status === 500 ? 'Internal server error' : 'Bad request', extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT' } }] });
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(opts.port ?? c.config.PORT, opts.host ?? c.config.HOST, () => resolve());
  });
  const { port, address } = http.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    http,
    port,
    url: `http://${host}:${port}`,
    close: async () => {
      await apollo.stop();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

function routeLabel(path: string): string {
  if (path.startsWith('/api/v1/agent-traffic/')) return '/api/v1/agent-traffic';
  return ['/graphql', '/healthz', '/metrics', '/api/traffic/webhook'].includes(path) ? path : 'other';
}

function corsFor(origin: string | undefined): express.RequestHandler {
  const allowed = origin ? origin.split(',').map((o) => o.trim()) : [];
  return (req, res, next) => {
    const from = req.headers.origin;
    if (from && allowed.includes(from)) {
      res.setHeader('Access-Control-Allow-Origin', from);
      res.setHeader('Vary', 'Origin');
      res.setHeader('Access-Control-Allow-Headers', 'authorization, content-type, apollo-require-preflight');
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    }
    if (req.method === 'OPTIONS') return void res.sendStatus(204);
    next();
  };
}
