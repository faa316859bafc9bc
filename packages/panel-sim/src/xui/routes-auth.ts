/**
 * The routes outside /panel/api: the login page, login/logout, 2FA status, v3's CSRF token endpoints
 * and the panel pages (web/controller/index.go, xui.go; checkLogin in base.go).
 */
import type { HttpSim, SimRequest, SimResponse } from '../http-sim';
import { csrfValid, newCsrfToken, type SessionData, totpMatches } from './auth';
import type { XuiContext } from './context';
import { bare, envelope, ginH, html, page, redirect } from './respond';

const isXhr = (req: SimRequest): boolean => req.headers['x-requested-with'] === 'XMLHttpRequest';

/** EnsureCSRFToken: the session's token, minted (and the session saved) when it has none. */
function ensureCsrf(ctx: XuiContext, session: SessionData): { token: string; cookie?: string } {
  if (session.csrf) return { token: session.csrf };
  session.csrf = newCsrfToken();
  return { token: session.csrf, cookie: ctx.sessions.save(session) };
}

const cookieHeader = (cookie?: string): Record<string, string> => (cookie ? { 'set-cookie': cookie } : {});

/** The login form as gin's ShouldBind reads it: JSON or form fields; null when the body doesn't parse. */
function loginForm(req: SimRequest): { username: string; password: string; code: string } | null {
  if (String(req.headers['content-type'] ?? '').includes('application/json') && req.rawBody.trim() !== '') {
    try {
      JSON.parse(req.rawBody);
    } catch {
      return null;
    }
  }
  const s = (k: string): string => (typeof req.body[k] === 'string' ? (req.body[k] as string) : '');
  return { username: s('username'), password: s('password'), code: s('twoFactorCode') };
}

function login(ctx: XuiContext, req: SimRequest): SimResponse {
  const session = ctx.sessions.read(req);
  if (ctx.major === 3 && !csrfValid(req, session)) return bare(403);
  const form = loginForm(req);
  if (!form) return envelope(false, ctx.msg.invalidFormData);
  if (!form.username) return envelope(false, ctx.msg.emptyUsername);
  if (!form.password) return envelope(false, ctx.msg.emptyPassword);
  if (ctx.major === 3 && !ctx.limiter.allowed(form.username)) return envelope(false, ctx.msg.wrongCredentials);
  const ok = form.username === ctx.username && form.password === ctx.password && (!ctx.totpSecret || totpMatches(ctx.totpSecret, form.code));
  if (!ok) {
    if (ctx.major === 3) ctx.limiter.registerFailure(form.username);
    return envelope(false, ctx.msg.wrongCredentials);
  }
  ctx.limiter.registerSuccess(form.username);
  session.loggedIn = true;
  return envelope(true, ctx.msg.loginSuccess, null, 200, { 'set-cookie': ctx.sessions.save(session) });
}

/** checkLogin for /panel pages: XHR callers get a 401 envelope, browsers a redirect to the login page. */
function panelPage(ctx: XuiContext, title: string): (req: SimRequest) => SimResponse {
  return (req) => {
    const session = ctx.sessions.read(req);
    if (!session.loggedIn) return isXhr(req) ? envelope(false, ctx.msg.loginAgain, null, 401) : redirect(ctx.panelBasePath);
    const csrf = ctx.major === 3 ? ensureCsrf(ctx, session) : undefined;
    return html(page({ major: ctx.major, basePath: ctx.panelBasePath, version: ctx.version, title, csrf: csrf?.token, withVersion: true }), cookieHeader(csrf?.cookie));
  };
}

export function registerAuthRoutes(http: HttpSim, ctx: XuiContext): void {
  http.route('GET', '/', (req) => {
    const session = ctx.sessions.read(req);
    if (session.loggedIn) return redirect(ctx.major === 3 ? `${ctx.panelBasePath}panel/` : 'panel/');
    const csrf = ctx.major === 3 ? ensureCsrf(ctx, session) : undefined;
    return html(page({ major: ctx.major, basePath: ctx.panelBasePath, version: ctx.version, title: 'login', csrf: csrf?.token, withVersion: false }), cookieHeader(csrf?.cookie));
  });
  http.route('POST', '/login', (req) => login(ctx, req));
  http.route('POST', '/getTwoFactorEnable', (req) => {
    if (ctx.major === 3 && !csrfValid(req, ctx.sessions.read(req))) return bare(403);
    return envelope(true, '', ctx.totpSecret !== null);
  });
  http.route('GET', '/panel', panelPage(ctx, 'index'));
  http.route('GET', '/panel/inbounds', panelPage(ctx, 'inbounds'));
  if (ctx.features.clientsApi) http.route('GET', '/panel/clients', panelPage(ctx, 'clients'));

  if (ctx.major === 2) {
    http.route('GET', '/logout', () => redirect(ctx.panelBasePath, { 'set-cookie': ctx.sessions.clear() }));
    return;
  }
  http.route('POST', '/logout', (req) => {
    if (!csrfValid(req, ctx.sessions.read(req))) return bare(403);
    return ginH({ success: true }, { 'set-cookie': ctx.sessions.clear(), 'cache-control': 'no-store' });
  });
  http.route('GET', '/csrf-token', (req) => {
    const { token, cookie } = ensureCsrf(ctx, ctx.sessions.read(req));
    return ginH({ success: true, obj: token }, cookieHeader(cookie));
  });
  http.route('GET', '/panel/csrf-token', (req) => {
    const session = ctx.sessions.read(req);
    if (!session.loggedIn) return isXhr(req) ? envelope(false, ctx.msg.loginAgain, null, 401) : redirect(ctx.panelBasePath);
    const { token, cookie } = ensureCsrf(ctx, session);
    return envelope(true, '', token, 200, cookieHeader(cookie));
  });
}
