/**
 * The admin login and the Bearer check, as both panels do them.
 *   POST /api/admin/token   FastAPI's OAuth2PasswordRequestForm: a form (urlencoded or multipart) with
 *                           username, password, optional grant_type=password; answers
 *                           {"access_token": <JWT HS256>, "token_type": "bearer"}; a wrong password is
 *                           401 "Incorrect username or password" with WWW-Authenticate: Bearer
 *                           (Marzban app/routers/admin.py; PasarGuard app/routers/admin.py).
 *   Bearer                  a bad or expired token is 401 "Could not validate credentials" with
 *                           WWW-Authenticate: Bearer. No Authorization header: Marzban's
 *                           OAuth2PasswordBearer answers 401 "Not authenticated"; PasarGuard's has
 *                           auto_error=False and answers "Could not validate credentials"
 *                           (Marzban app/models/admin.py; PasarGuard app/routers/authentication.py).
 * Tokens carry sub/access/iat/exp (PasarGuard adds aid) like app/utils/jwt.py; expireSessions() rotates
 * the signing key so every token issued so far fails the check.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { SimRequest, SimResponse } from '../http-sim';
import { detail, json, validationError } from './json';
import type { PanelFlavour } from './user-rules';

const BEARER = { 'www-authenticate': 'Bearer' };
const b64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url');

export class AdminTokens {
  private key = randomBytes(32);

  constructor(
    private readonly flavour: PanelFlavour,
    private readonly ttlSeconds: number,
    private readonly now: () => Date,
  ) {}

  issue(username: string): string {
    const iat = Math.floor(this.now().getTime() / 1000);
    const claims =
      this.flavour === 'MARZBAN'
        ? { sub: username, access: 'sudo', iat, exp: iat + this.ttlSeconds }
        : { sub: username, access: 'admin', iat, aid: 1, exp: iat + this.ttlSeconds };
    const unsigned = `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}`;
    return `${unsigned}.${this.sign(unsigned)}`;
  }

  /** The admin the token names, or null when it is forged, signed before expireAll() or past exp. */
  verify(token: string): string | null {
    const [head, body, signature] = token.split('.');
    if (!head || !body || !signature) return null;
    const expected = Buffer.from(this.sign(`${head}.${body}`));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { sub?: string; exp?: number };
      if (typeof claims.exp === 'number' && claims.exp * 1000 <= this.now().getTime()) return null;
      return claims.sub ?? null;
    } catch {
      return null;
    }
  }

  expireAll(): void {
    this.key = randomBytes(32);
  }

  private sign(data: string): string {
    return createHmac('sha256', this.key).update(data).digest('base64url');
  }
}

/** Text fields of a multipart/form-data body (what FastAPI also accepts for a form). */
function multipartFields(raw: string, contentType: string): Record<string, string> {
  const boundary = /boundary="?([^";]+)"?/.exec(contentType)?.[1];
  if (!boundary) return {};
  const out: Record<string, string> = {};
  for (const part of raw.split(`--${boundary}`)) {
    const m = /name="([^"]+)"[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*)\r\n$/.exec(part);
    if (m) out[m[1]] = m[2];
  }
  return out;
}

/** The form fields FastAPI would see: none at all when the body is not a form (a JSON login fails 422). */
function formFields(req: SimRequest): Record<string, string> {
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/x-www-form-urlencoded')) return req.body as Record<string, string>;
  if (type.includes('multipart/form-data')) return multipartFields(req.rawBody, type);
  return {};
}

/** POST /api/admin/token. */
export function login(req: SimRequest, admin: { username: string; password: string }, tokens: AdminTokens): SimResponse {
  const form = formFields(req);
  const errors: Record<string, string> = {};
  // FastAPI treats an empty form value as a missing one.
  if (form.grant_type && form.grant_type !== 'password') errors.grant_type = "String should match pattern '^password$'";
  if (!form.username) errors.username = 'Field required';
  if (!form.password) errors.password = 'Field required';
  if (Object.keys(errors).length > 0) return validationError(errors);
  if (form.username !== admin.username || form.password !== admin.password) {
    return detail(401, 'Incorrect username or password', BEARER);
  }
  return json(200, { access_token: tokens.issue(form.username), token_type: 'bearer' });
}

/** The admin a request is made as, or the 401 the panel answers instead. */
export function authenticate(req: SimRequest, flavour: PanelFlavour, tokens: AdminTokens): string | SimResponse {
  const header = req.headers.authorization ?? '';
  const space = header.indexOf(' ');
  const scheme = space < 0 ? header : header.slice(0, space);
  const token = space < 0 ? '' : header.slice(space + 1).trim();
  if (scheme.toLowerCase() !== 'bearer' || !token) {
    return detail(401, flavour === 'MARZBAN' ? 'Not authenticated' : 'Could not validate credentials', BEARER);
  }
  return tokens.verify(token) ?? detail(401, 'Could not validate credentials', BEARER);
}
