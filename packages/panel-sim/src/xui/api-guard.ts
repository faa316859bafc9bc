/**
 * What every /panel/api handler runs through: checkAPIAuth (a v3 Bearer token, or a logged-in
 * session; anything else is a bare 404 so the API stays hidden, or 401 for an XHR caller on v3), v3's
 * CSRFMiddleware on unsafe methods (bare 403), and the controllers' way of answering a failed bind or
 * service call (web/controller/api.go, util.go).
 */
import type { SimHandler, SimRequest, SimResponse } from '../http-sim';
import { bearerToken, csrfValid } from './auth';
import type { XuiContext } from './context';
import { withError, XuiFailure, XuiPanic } from './messages';
import { bare, envelope } from './respond';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

export function guarded(ctx: XuiContext, handler: SimHandler): SimHandler {
  return (req) => {
    const token = bearerToken(req);
    const byToken = ctx.major === 3 && !!ctx.apiToken && token === ctx.apiToken;
    if (!byToken) {
      const session = ctx.sessions.read(req);
      if (!session.loggedIn) return bare(ctx.major === 3 && req.headers['x-requested-with'] === 'XMLHttpRequest' ? 401 : 404);
      if (ctx.major === 3 && !SAFE.has(req.method) && !csrfValid(req, session)) return bare(403);
    }
    // The panel's traffic job runs every few seconds; running its depletion rule before each call stands in for it.
    ctx.state.disableInvalidClients();
    return handler(req);
  };
}

/** Runs a service call the way the controllers do: `{success:false, msg: "<msg> (<err>)"}` on error, a bare 500 on a panic. */
export function service(failMsg: string, run: () => SimResponse): SimResponse {
  try {
    return run();
  } catch (err) {
    if (err instanceof XuiPanic) return bare(500);
    if (err instanceof XuiFailure) return envelope(false, withError(failMsg, err.message));
    throw err;
  }
}

/** A handler whose request binding (`run` itself) failed answers with `bindMsg`, its service call (what `run` returns) with `failMsg`. */
export function bound(bindMsg: string, failMsg: string, run: (req: SimRequest) => () => SimResponse): SimHandler {
  return (req) => {
    let action: () => SimResponse;
    try {
      action = run(req);
    } catch (err) {
      if (err instanceof XuiFailure) return envelope(false, withError(bindMsg, err.message));
      throw err;
    }
    return service(failMsg, action);
  };
}

export const isJson = (req: SimRequest): boolean => String(req.headers['content-type'] ?? '').includes('application/json');

/** strconv.Atoi on a path parameter. */
export function atoi(v: string): number {
  if (!/^[+-]?\d+$/.test(v)) throw new XuiFailure(`strconv.Atoi: parsing "${v}": invalid syntax`);
  return Number(v);
}
