/**
 * The HTTP API both panels serve under /api (Marzban app/routers/{admin,system,user}.py; PasarGuard
 * app/routers/{admin,system,user}.py). What differs:
 *   DELETE /api/user/{u}      Marzban 200 {"detail": "User successfully deleted"}; PasarGuard 204, no body
 *   POST /api/users/reset     Marzban 200 {"detail": "Users successfully reset."}; PasarGuard 200 {}
 *   GET /api/system           user counts named users_active… (Marzban) / active_users… (PasarGuard)
 *   order of checks           Marzban looks the user up (404) in a dependency, before the body is
 *                             validated (422); PasarGuard validates first and looks up in the operation
 *   PasarGuard only           /api/user/by-username/{u}… aliases, PUT /api/user/{u}/disabled {disabled}
 */
import type { HttpSim, SimRequest, SimResponse } from '../http-sim';
import { type AdminTokens, authenticate, login } from './auth';
import { detail, json, noContent } from './json';
import { type Checked, jsonBody, parseModification, parseToggle } from './request-validation';
import { listUsers } from './user-list';
import { marzbanUser, type PanelOwner, pasarguardUser } from './user-json';
import {
  modify,
  type PanelFlavour,
  type PanelUser,
  resetAllUsage,
  resetUsage,
  toggleDisabled,
  USER_STATUSES,
  type UserModification,
} from './user-rules';
import type { UserStore } from './user-store';

export interface PanelContext {
  flavour: PanelFlavour;
  store: UserStore;
  tokens: AdminTokens;
  admin: { username: string; password: string };
  version: string;
  pageLimit?: number;
  startedAt: Date;
  now(): Date;
  owner(): PanelOwner;
  /** Bytes the panel's core counted in each direction (its System table's uplink/downlink). */
  bandwidth(): { up: bigint; down: bigint };
}

type Handler = (req: SimRequest) => SimResponse;
type UserHandler<T> = (user: PanelUser, input: T) => SimResponse;
type InputParser<T> = (body: Record<string, unknown>) => Checked<T>;

const USER_NOT_FOUND = (): SimResponse => detail(404, 'User not found');

function systemStats(ctx: PanelContext): Record<string, unknown> {
  const users = ctx.store.all();
  const count = (s: string): number => users.filter((u) => u.status === s).length;
  const now = ctx.now().getTime();
  const onlineWindowMs = ctx.flavour === 'MARZBAN' ? 24 * 3600_000 : 2 * 60_000;
  const online = users.filter((u) => u.onlineAt && now - u.onlineAt.getTime() <= onlineWindowMs).length;
  const { up, down } = ctx.bandwidth();
  const machine = { mem_total: 4_102_152_192, mem_used: 1_209_671_680, cpu_cores: 2, cpu_usage: 3.1 };
  if (ctx.flavour === 'MARZBAN') {
    const [active, onHold, disabled, expired, limited] = ['active', 'on_hold', 'disabled', 'expired', 'limited'].map(count);
    return {
      version: ctx.version,
      ...machine,
      total_user: users.length,
      online_users: online,
      users_active: active,
      users_on_hold: onHold,
      users_disabled: disabled,
      users_expired: expired,
      users_limited: limited,
      incoming_bandwidth: up,
      outgoing_bandwidth: down,
      incoming_bandwidth_speed: 0,
      outgoing_bandwidth_speed: 0,
    };
  }
  return {
    total_user: users.length,
    online_users: online,
    ...Object.fromEntries(USER_STATUSES.map((s) => [`${s}_users`, count(s)])),
    incoming_bandwidth: up,
    outgoing_bandwidth: down,
    version: ctx.version,
    uptime_seconds: Math.floor((now - ctx.startedAt.getTime()) / 1000),
    ...machine,
    disk_total: 42_140_479_488,
    disk_used: 9_876_543_210,
  };
}

export function registerPanelRoutes(http: HttpSim, ctx: PanelContext): void {
  const pg = ctx.flavour === 'PASARGUARD';
  const userJson = (u: PanelUser, withSubscription = true) =>
    pg ? pasarguardUser(u, ctx.owner(), withSubscription) : marzbanUser(u, ctx.owner());

  /** Every API route checks the Bearer token first; the review job's effect is visible in every answer. */
  const guarded =
    (handler: Handler): Handler =>
    (req) => {
      const who = authenticate(req, ctx.flavour, ctx.tokens);
      if (typeof who !== 'string') return who;
      ctx.store.reviewAll();
      return handler(req);
    };

  /** A route on one user; with a parser, its JSON body is read and checked, in the panel's order. */
  function onUser(handler: UserHandler<undefined>): Handler;
  function onUser<T>(handler: UserHandler<T>, parse: InputParser<T>): Handler;
  function onUser<T>(handler: UserHandler<T | undefined>, parse?: InputParser<T>): Handler {
    return guarded((req) => {
      const user = ctx.store.get(req.params.username);
      if (!pg && !user) return USER_NOT_FOUND();
      let input: T | undefined;
      if (parse) {
        const body = jsonBody(req);
        const checked = 'error' in body ? body : parse(body.value);
        if ('error' in checked) return checked.error;
        input = checked.value;
      }
      return user ? handler(user, input) : USER_NOT_FOUND();
    });
  }

  http.route('POST', '/api/admin/token', (req) => login(req, ctx.admin, ctx.tokens));
  http.route('GET', '/api/system', guarded(() => json(200, systemStats(ctx))));
  http.route(
    'GET',
    '/api/users',
    guarded((req) => {
      const page = listUsers(req, ctx.store.all(), ctx.flavour, ctx.pageLimit);
      if ('error' in page) return page.error;
      const { users, total, loadSubscription } = page.value;
      return json(200, { users: users.map((u) => userJson(u, loadSubscription)), total });
    }),
  );
  http.route(
    'POST',
    '/api/users/reset',
    guarded(() => {
      for (const u of ctx.store.all()) resetAllUsage(u, ctx.flavour, ctx.now());
      return pg ? json(200, {}) : detail(200, 'Users successfully reset.');
    }),
  );

  for (const base of pg ? ['/api/user/by-username/:username', '/api/user/:username'] : ['/api/user/:username']) {
    http.route('GET', base, onUser((u) => json(200, userJson(u))));
    http.route(
      'PUT',
      base,
      onUser(
        (u, change: UserModification) => {
          modify(u, change, ctx.flavour, ctx.now());
          return json(200, userJson(u));
        },
        (body) => parseModification(body, ctx.flavour),
      ),
    );
    http.route(
      'POST',
      `${base}/reset`,
      onUser((u) => {
        resetUsage(u, ctx.flavour, ctx.now());
        return json(200, userJson(u));
      }),
    );
    http.route(
      'DELETE',
      base,
      onUser((u) => {
        ctx.store.remove(u.username);
        return pg ? noContent : detail(200, 'User successfully deleted');
      }),
    );
    if (pg) {
      http.route(
        'PUT',
        `${base}/disabled`,
        onUser(
          (u, disabled: boolean) => {
            toggleDisabled(u, disabled, ctx.now());
            return json(200, userJson(u));
          },
          parseToggle,
        ),
      );
    }
  }
}
