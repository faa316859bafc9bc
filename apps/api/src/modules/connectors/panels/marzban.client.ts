/**
 * Marzban (0.8) and PasarGuard, which forked from it and kept its admin API where we use it:
 *   POST /api/admin/token          OAuth2 password form → {access_token, token_type: "bearer"}
 *   GET  /api/system               version, total_user
 *   GET  /api/users?offset&limit   {users, total}
 *   PUT  /api/user/{u} {status}    active / disabled
 *   POST /api/user/{u}/reset, POST /api/users/reset, DELETE /api/user/{u}
 * A 401 on a call means the token expired or the panel's key changed: log in once and retry once.
 */
import {
  type ConnectorKind,
  type PanelAnswer,
  type PanelClient,
  type PanelConfig,
  PanelError,
  type PanelInfo,
  type PanelUsage,
  type PanelUserRef,
} from './panel-client';
import { answerError, detailOf, type PanelHttpAnswer, type PanelHttpRequest, panelFetch, toBytes } from './marzban.transport';
import { isEnabledStatus, readUser, readUsersPage, toUsage } from './marzban.users';

const DEFAULT_TIMEOUT_MS = 15_000;
const PAGE_SIZE = 1000;

export class MarzbanClient implements PanelClient {
  readonly kind: ConnectorKind;
  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private token: string | null = null;
  /** The login in flight, shared by every call that needs a token meanwhile. */
  private loggingIn: Promise<string> | null = null;

  constructor(private readonly config: PanelConfig) {
    if (config.kind !== 'MARZBAN' && config.kind !== 'PASARGUARD') throw new Error(`MarzbanClient cannot speak to a ${config.kind} panel`);
    this.kind = config.kind;
    this.baseUrl = config.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  async info(): Promise<PanelInfo> {
    const { body } = await this.call({ method: 'GET', path: '/api/system' });
    const total = body && typeof body === 'object' ? toBytes((body as { total_user?: unknown }).total_user) : null;
    if (total === null) throw new PanelError('PROTOCOL', 'GET /api/system did not answer a Marzban/PasarGuard system status');
    const version = (body as { version?: unknown }).version;
    return { version: typeof version === 'string' ? version : '', userCount: Number(total) };
  }

  /** Pages sorted by username (unique in both panels) so offsets stay stable between pages. */
  async listUsage(): Promise<PanelUsage[]> {
    const byKey = new Map<string, PanelUsage>();
    for (let offset = 0; ; ) {
      const { body } = await this.call({ method: 'GET', path: `/api/users?offset=${offset}&limit=${PAGE_SIZE}&sort=username` });
      const page = readUsersPage(body);
      for (const raw of page.users) {
        const usage = toUsage(raw);
        byKey.set(usage.key, usage);
      }
      offset += page.users.length;
      if (page.users.length === 0 || offset >= page.total) return [...byKey.values()];
    }
  }

  async setEnabled(user: PanelUserRef, enabled: boolean): Promise<PanelAnswer> {
    const answer = await this.call({ method: 'PUT', path: this.userPath(user), json: { status: enabled ? 'active' : 'disabled' } });
    const changed = readUser(answer.body, `PUT /api/user/${user.key}`);
    return { status: answer.status, message: `status ${changed.status}` };
  }

  /**
   * Marzban 0.8's single-user reset sets every status but `expired` back to `active` (its crud tests
   * `status not in (expired or disabled)`), so a user we had disabled would come back enabled: we
   * disable it again. PasarGuard keeps the status (only `limited` becomes `active`).
   */
  async resetUsage(user: PanelUserRef): Promise<PanelAnswer> {
    const wasDisabled =
      this.kind === 'MARZBAN' && readUser((await this.call({ method: 'GET', path: this.userPath(user) })).body, 'GET /api/user').status === 'disabled';
    const answer = await this.call({ method: 'POST', path: `${this.userPath(user)}/reset` });
    const after = readUser(answer.body, `POST /api/user/${user.key}/reset`);
    if (wasDisabled && isEnabledStatus(after.status)) {
      await this.call({ method: 'PUT', path: this.userPath(user), json: { status: 'disabled' } });
      return { status: answer.status, message: 'usage reset; disabled again (the reset had enabled the user)' };
    }
    return { status: answer.status, message: `usage reset; status ${after.status}` };
  }

  async resetAll(inbound: string): Promise<PanelAnswer> {
    if (inbound !== '') throw new PanelError('REFUSED', `${this.kind} has no inbound to reset on its own: resetAll takes ''`);
    const answer = await this.call({ method: 'POST', path: '/api/users/reset' });
    return { status: answer.status, message: detailOf(answer.body) ?? 'all users reset' };
  }

  async deleteUser(user: PanelUserRef): Promise<PanelAnswer> {
    const answer = await this.call({ method: 'DELETE', path: this.userPath(user) });
    return { status: answer.status, message: detailOf(answer.body) ?? 'user deleted' };
  }

  private userPath(user: PanelUserRef): string {
    return `/api/user/${encodeURIComponent(user.key)}`;
  }

  /** An authenticated call; a 401 logs in again once and retries once. */
  private async call(req: Omit<PanelHttpRequest, 'token'>): Promise<PanelHttpAnswer> {
    const what = `${req.method} ${req.path.replace(/\?.*$/, '')}`;
    const token = await this.session();
    let answer = await panelFetch(this.baseUrl, this.timeoutMs, { ...req, token });
    if (answer.status === 401) {
      answer = await panelFetch(this.baseUrl, this.timeoutMs, { ...req, token: await this.relogin(token) });
      if (answer.status === 401) throw new PanelError('AUTH', detailOf(answer.body) ?? `${what}: HTTP 401`, 401);
    }
    // A 403 with WWW-Authenticate is about the admin (PasarGuard: "your account has been disabled").
    if (answer.status === 403 && answer.headers.has('www-authenticate')) throw new PanelError('AUTH', detailOf(answer.body) ?? 'HTTP 403', 403);
    if (answer.status >= 300) throw answerError(answer, what);
    if (answer.status !== 204 && answer.body === undefined) {
      throw new PanelError('PROTOCOL', `${what}: the answer is not JSON: ${answer.text.slice(0, 120)}`, answer.status);
    }
    return answer;
  }

  private session(): Promise<string> {
    if (this.token) return Promise.resolve(this.token);
    this.loggingIn ??= this.login().finally(() => (this.loggingIn = null));
    return this.loggingIn;
  }

  /** A fresh token, unless another call already replaced the stale one. */
  private relogin(stale: string): Promise<string> {
    if (this.token === stale) this.token = null;
    return this.session();
  }

  private async login(): Promise<string> {
    const { username, password } = this.config.credentials;
    if (!username || !password) throw new PanelError('AUTH', `${this.kind} needs an admin username and password`);
    const answer = await panelFetch(this.baseUrl, this.timeoutMs, {
      method: 'POST',
      path: '/api/admin/token',
      form: { grant_type: 'password', username, password },
    });
    const detail = detailOf(answer.body);
    if (answer.status === 401 || answer.status === 403 || answer.status === 422) {
      throw new PanelError('AUTH', detail ?? `login refused: HTTP ${answer.status}`, answer.status);
    }
    if (answer.status === 404 || answer.status === 405) {
      throw new PanelError('PROTOCOL', `no Marzban/PasarGuard admin login at ${this.baseUrl}/api/admin/token (HTTP ${answer.status})`, answer.status);
    }
    if (answer.status >= 300) throw answerError(answer, 'POST /api/admin/token');
    const token = (answer.body as { access_token?: unknown } | undefined)?.access_token;
    if (typeof token !== 'string' || token === '') {
      throw new PanelError('PROTOCOL', `POST /api/admin/token did not answer an access_token: ${answer.text.slice(0, 120)}`, answer.status);
    }
    this.token = token;
    return token;
  }
}
