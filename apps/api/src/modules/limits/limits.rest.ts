import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { bytesToGb, ErrorCode, gbToBytes, parseBytes } from '@tm/shared';
import type { Actor } from '../../platform/auth/actor';
import { DomainError, badInput, unauthenticated } from '../../platform/errors/domain-error';
import { sendDomainError } from '../../platform/errors/rest-error';
import { parseId } from '../../platform/graphql/ids';
import type { AccountsService, AuthService } from '../accounts';
import type { AgentTraffic } from './agent-traffic.policy';
import type { LimitsService } from './limits.service';

const gb = (n: bigint | null) => (n === null ? null : bytesToGb(n));

/** Seed 000's JSON, snake_case as its integrators read it; bytes as decimal strings (exact past 2^53), GB alongside. */
export function agentTrafficJson(t: AgentTraffic) {
  return {
    agent_id: t.agentId,
    username: t.username,
    status: t.status,
    quota_mode: t.quotaMode,
    traffic_limit: t.limit?.toString() ?? null,
    traffic_limit_gb: gb(t.limit),
    charged: t.charged.toString(),
    charged_gb: gb(t.charged),
    allocated: t.allocated.toString(),
    allocated_gb: gb(t.allocated),
    remaining: t.remaining?.toString() ?? null,
    remaining_gb: gb(t.remaining),
    lifetime: t.lifetime.toString(),
    percent: t.percent,
    exceeded: t.exceeded,
    sold_out: t.soldOut,
    max_users: t.maxUsers,
    users: t.users,
    user_slots_left: t.userSlotsLeft,
    active_users: t.activeUsers,
    suspended_users: t.suspendedUsers,
    limited_users: t.limitedUsers,
    expired_users: t.expiredUsers,
    disabled_users: t.disabledUsers,
  };
}

/** `{ <field>: bytes | null }` or `{ <field>_gb: number | null }`; absent → undefined. */
function bytesFromBody(body: unknown, field: string): bigint | null | undefined {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  if (field in b) {
    if (b[field] === null) return null;
    const n = parseBytes(b[field]);
    if (n === null) throw badInput(`${field} must be a non-negative whole number of bytes or null`, { field });
    return n;
  }
  if (`${field}_gb` in b) {
    const v = b[`${field}_gb`];
    if (v === null) return null;
    const n = typeof v === 'number' || typeof v === 'string' ? gbToBytes(v) : null;
    if (n === null) throw badInput(`${field}_gb must be a non-negative number of GB or null`, { field: `${field}_gb` });
    return n;
  }
  return undefined;
}

/**
 * Seed 000's REST API (/api/v1/agent-traffic/…) for integrators of the Hiddify module: the same
 * services and the same Bearer auth (session token or API key) as GraphQL.
 */
export function agentTrafficRoutes(auth: AuthService, accounts: AccountsService, limits: LimitsService): Router {
  const router = express.Router();
  const base = '/api/v1/agent-traffic/agents';

  const handle = (work: (actor: Actor, req: Request) => Promise<unknown>) => async (req: Request, res: Response) => {
    try {
      const actor = await auth.authenticate(req.headers.authorization);
      if (!actor) throw unauthenticated('Send Authorization: Bearer <session token or API key>');
      res.json(await work(actor, req));
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      sendDomainError(res, err);
    }
  };

  router.use(base, express.json({ limit: '16kb' }));
  router.get(`${base}/traffic`, handle(async (actor) => ({ agents: (await limits.agentsTraffic(actor)).map(agentTrafficJson) })));
  router.post(
    `${base}/check-all`,
    handle(async (actor) => {
      const { traffic, result } = await limits.checkAllAgents(actor);
      return { checked: traffic.length, changed: result.changes.length, alerts: result.alerts, agents: traffic.map(agentTrafficJson) };
    }),
  );
  router.get(`${base}/:id/traffic`, handle(async (actor, req) => agentTrafficJson(await limits.agentTraffic(actor, parseId(String(req.params.id))))));
  router.put(
    `${base}/:id/traffic-limit`,
    handle(async (actor, req) => {
      const limit = bytesFromBody(req.body, 'traffic_limit');
      if (limit === undefined) throw badInput('Send {"traffic_limit": bytes | null} or {"traffic_limit_gb": number | null}');
      const id = parseId(String(req.params.id));
      await accounts.setTrafficLimit(actor, id, limit);
      return agentTrafficJson(await limits.agentTraffic(actor, id));
    }),
  );
  router.post(
    `${base}/:id/check`,
    handle(async (actor, req) => {
      const { traffic, result } = await limits.checkAgent(actor, parseId(String(req.params.id)));
      return { ...agentTrafficJson(traffic), changed: result.changes.length, alerts: result.alerts };
    }),
  );
  router.post(
    `${base}/:id/can-create-user`,
    handle(async (actor, req) => {
      const id = parseId(String(req.params.id));
      const dataLimit = bytesFromBody(req.body, 'data_limit') ?? null;
      const t = await limits.agentTraffic(actor, id);
      return {
        can_create: await limits.canCreateUser(actor, id, dataLimit),
        data_limit: dataLimit?.toString() ?? null,
        remaining: t.remaining?.toString() ?? null,
        remaining_gb: gb(t.remaining),
        user_slots_left: t.userSlotsLeft,
      };
    }),
  );
  // A body that isn't JSON: the same typed answer as everything else here.
  router.use(base, (err: { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (err.status && err.status < 500) return void res.status(400).json({ error: { code: ErrorCode.BAD_USER_INPUT, message: 'The body is not valid JSON' } });
    next(err);
  });
  return router;
}
