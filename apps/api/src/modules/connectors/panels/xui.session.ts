/**
 * Signing in to 3x-ui and calling its API as a signed-in client.
 *
 * v2 and v3 are told apart by `GET {base}/csrf-token`: v3 answers with a CSRF token (and a session
 * cookie to hold it), v2 has no such route (404). v3 wants that token in `X-CSRF-Token` on every POST,
 * login included. Login sends username, password and, when a TOTP secret is configured, the current
 * code. An API token (v3) replaces all of that with `Authorization: Bearer`.
 *
 * 3x-ui hides /panel/api from callers without a session (404; 401 on v3 for XHR callers), so such an
 * answer means the session expired: log in once more and retry once. A bare 403 on v3 means the CSRF
 * token went stale: fetch a fresh one and retry once.
 *
 * Which client API the panel has (xui.api-level.ts) is read once per session, from `server/status`.
 */
import { Secret, TOTP } from 'otpauth';
import { type PanelAnswer, PanelError, type PanelCredentials } from './panel-client';
import { apiLevelOf, type XuiApiLevel } from './xui.api-level';
import { parseJsonExact, stringifyJsonExact } from './xui.json';
import type { XuiReply, XuiRequest, XuiTransport } from './xui.transport';

export interface XuiEnvelope {
  success: true;
  msg: string;
  obj: unknown;
}

/** The panel's message without Go's stray newlines (`common.NewError` ends every error text with one). */
export const cleanMessage = (msg: string): string => msg.replace(/\s+\)/g, ')').trim();

/** A push's answer for the log: the panel's message, or (bulk calls answer with a count, no message) its obj. */
export const answerOf = (envelope: XuiEnvelope): PanelAnswer => ({
  status: 200,
  message: cleanMessage(envelope.msg) || (envelope.obj === null ? '' : stringifyJsonExact(envelope.obj)),
});

function envelopeOf(reply: XuiReply): { success: boolean; msg: string; obj: unknown } | null {
  try {
    const v = parseJsonExact(reply.text) as Record<string, unknown> | null;
    if (!v || typeof v !== 'object' || typeof v.success !== 'boolean') return null;
    return { success: v.success, msg: typeof v.msg === 'string' ? v.msg : '', obj: v.obj ?? null };
  } catch {
    return null;
  }
}

function totpCode(secret: string): string {
  try {
    return new TOTP({ secret: Secret.fromBase32(secret.replace(/[\s=]/g, '').toUpperCase()), algorithm: 'SHA1', digits: 6, period: 30 }).generate();
  } catch {
    throw new PanelError('AUTH', 'the configured TOTP secret is not valid base32');
  }
}

export class XuiSession {
  /** 2 or 3 once known; a Bearer token implies 3. */
  major: 2 | 3 | null;
  private csrf: string | null = null;
  private signedIn = false;
  private level: Promise<XuiApiLevel> | null = null;

  constructor(
    private readonly transport: XuiTransport,
    private readonly credentials: PanelCredentials,
  ) {
    this.major = credentials.apiToken ? 3 : null;
  }

  get usesToken(): boolean {
    return !!this.credentials.apiToken;
  }

  /** A fresh session: detect the major version (and get v3's CSRF token), then log in. */
  async login(): Promise<void> {
    this.transport.clearCookies();
    this.signedIn = false;
    this.csrf = null;
    this.level = null;
    const probe = await this.transport.send({ method: 'GET', path: 'csrf-token' });
    if (probe.status === 404) this.major = 2;
    else this.storeCsrf(probe, 'csrf-token');

    const { username, password, totpSecret } = this.credentials;
    if (!username || !password) throw new PanelError('AUTH', '3x-ui needs a username and a password (or, on v3, an API token)');
    const form = { username, password, twoFactorCode: totpSecret ? totpCode(totpSecret) : '' };
    const reply = await this.transport.send({ method: 'POST', path: 'login', json: JSON.stringify(form), headers: this.csrfHeader() });
    if (reply.status === 403) throw new PanelError('AUTH', 'the panel refused the login: CSRF token not accepted (HTTP 403)', 403);
    const answer = envelopeOf(reply);
    if (reply.status !== 200 || !answer) throw this.notXui(reply, 'login');
    if (!answer.success) throw new PanelError('AUTH', cleanMessage(answer.msg) || 'login refused', reply.status);
    this.signedIn = true;
  }

  /** Logs in when needed; GET/POST an API path; the envelope when `success` is true, a PanelError otherwise. */
  async call(method: 'GET' | 'POST', path: string, json?: string): Promise<XuiEnvelope> {
    if (!this.usesToken && !this.signedIn) await this.login();
    let reply = await this.send(method, path, json);
    if (!this.usesToken && (reply.status === 404 || reply.status === 401)) {
      await this.login();
      reply = await this.send(method, path, json);
      if (reply.status === 404) throw new PanelError('PROTOCOL', `3x-ui answered 404 for ${path} even when signed in: not an API this panel has`, 404);
    }
    if (!this.usesToken && reply.status === 403 && this.major === 3) {
      await this.refreshCsrf();
      reply = await this.send(method, path, json);
    }
    return this.envelope(reply, path);
  }

  /** The panel's API level, read on first need after each login (with a token: once, until forgotten). */
  async apiLevel(): Promise<XuiApiLevel> {
    if (!this.usesToken && !this.signedIn) await this.login();
    if (this.level) return this.level;
    const level = this.call('GET', 'panel/api/server/status').then((answer) => apiLevelOf(answer.obj));
    this.level = level;
    // A failed or empty read is not remembered: the next call reads again.
    const forget = () => {
      if (this.level === level) this.level = null;
    };
    void level.then((l) => !l.known && forget(), forget);
    return level;
  }

  /** The panel may have been upgraded (or downgraded) under us: read its level again on next need. */
  forgetApiLevel(): void {
    this.level = null;
  }

  /** A page or answer that is not the API envelope (the panel's HTML pages), with the session's cookie. */
  async fetchPage(path: string): Promise<XuiReply> {
    if (!this.usesToken && !this.signedIn) await this.login();
    return this.transport.send({ method: 'GET', path });
  }

  private send(method: 'GET' | 'POST', path: string, json?: string): Promise<XuiReply> {
    const req: XuiRequest = { method, path, json };
    if (this.usesToken) req.headers = { authorization: `Bearer ${this.credentials.apiToken}` };
    else if (method === 'POST') req.headers = this.csrfHeader();
    return this.transport.send(req);
  }

  private async refreshCsrf(): Promise<void> {
    const reply = await this.transport.send({ method: 'GET', path: 'panel/csrf-token' });
    if (reply.status === 200) this.storeCsrf(reply, 'panel/csrf-token');
    else await this.login();
  }

  private storeCsrf(reply: XuiReply, path: string): void {
    const answer = envelopeOf(reply);
    if (reply.status !== 200 || !answer?.success || typeof answer.obj !== 'string') throw this.notXui(reply, path);
    this.major = 3;
    this.csrf = answer.obj;
  }

  private csrfHeader(): Record<string, string> {
    return this.csrf ? { 'x-csrf-token': this.csrf } : {};
  }

  private envelope(reply: XuiReply, path: string): XuiEnvelope {
    const answer = envelopeOf(reply);
    if (reply.status === 401 || reply.status === 403 || (this.usesToken && reply.status === 404)) {
      const why = this.usesToken ? 'the API token was not accepted' : 'the session was not accepted';
      throw new PanelError('AUTH', answer?.msg ? cleanMessage(answer.msg) : `${why} (HTTP ${reply.status} for ${path})`, reply.status);
    }
    if (reply.status >= 500) throw new PanelError('REFUSED', `3x-ui failed on ${path} (HTTP ${reply.status})`, reply.status);
    if (reply.status !== 200 || !answer) throw this.notXui(reply, path);
    if (!answer.success) throw new PanelError('REFUSED', cleanMessage(answer.msg) || `3x-ui refused ${path}`, reply.status);
    return { success: true, msg: answer.msg, obj: answer.obj };
  }

  private notXui(reply: XuiReply, path: string): PanelError {
    const head = reply.text.slice(0, 80).replace(/\s+/g, ' ');
    return new PanelError('PROTOCOL', `not a 3x-ui answer from ${this.transport.baseUrl}/${path}: HTTP ${reply.status} ${head}`.trim(), reply.status);
  }
}
