/**
 * The 3x-ui connector (v2.x and v3.0.x): usage from `inbounds/list`, pushes through the inbound-scoped
 * client API (`updateClient`, `resetClientTraffic`, `resetAllClientTraffics`, `delClient`), all under
 * the panel's web base path. Signing in, CSRF and retries live in xui.session.ts.
 */
import { type PanelAnswer, type PanelClient, type PanelConfig, PanelError, type PanelInfo, type PanelUsage, type PanelUserRef } from './panel-client';
import { stringifyJsonExact } from './xui.json';
import { clientKeyField, readInbound, readInbounds, usageOf } from './xui.inbounds';
import { cleanMessage, type XuiEnvelope, XuiSession } from './xui.session';
import { XuiTransport } from './xui.transport';

const API = 'panel/api/inbounds';

/** The version string in a panel page: v3 injects `X_UI_CUR_VER` (v3.0.0: `__X_UI_CUR_VER__`), v2 tags asset URLs with `?<version>`. */
const VERSION_IN_PAGE = [/X_UI_CUR_VER(?:__)?\s*=\s*"([^"]+)"/, /assets\/[^"?\s]+\?v?(\d+\.\d+[\w.-]*)"/];

export class XuiClient implements PanelClient {
  readonly kind = 'XUI' as const;
  private readonly session: XuiSession;

  constructor(config: PanelConfig) {
    const transport = new XuiTransport(config.baseUrl.replace(/\/+$/, ''), config.timeoutMs ?? 15_000);
    this.session = new XuiSession(transport, config.credentials);
  }

  async info(): Promise<PanelInfo> {
    const usage = await this.listUsage();
    return { version: await this.version(), userCount: usage.length };
  }

  async listUsage(): Promise<PanelUsage[]> {
    const answer = await this.session.call('GET', `${API}/list`);
    return usageOf(readInbounds(answer.obj), Date.now());
  }

  /** The client's entry read fresh from its inbound and sent back whole, only `enable` changed. */
  async setEnabled(user: PanelUserRef, enabled: boolean): Promise<PanelAnswer> {
    const { inboundId, entry, clientId } = await this.findClient(user);
    const settings = stringifyJsonExact({ clients: [{ ...entry, enable: enabled }] });
    return this.answer(await this.session.call('POST', `${API}/updateClient/${encodeURIComponent(clientId)}`, stringifyJsonExact({ id: inboundId, settings })));
  }

  async resetUsage(user: PanelUserRef): Promise<PanelAnswer> {
    const inboundId = this.inboundId(user.inbound);
    return this.answer(await this.session.call('POST', `${API}/${inboundId}/resetClientTraffic/${encodeURIComponent(user.key)}`));
  }

  /** One inbound's clients, or every inbound's (id -1) when `inbound` is ''. */
  async resetAll(inbound: string): Promise<PanelAnswer> {
    const id = inbound === '' ? -1 : this.inboundId(inbound);
    return this.answer(await this.session.call('POST', `${API}/resetAllClientTraffics/${id}`));
  }

  async deleteUser(user: PanelUserRef): Promise<PanelAnswer> {
    const { inboundId, clientId } = await this.findClient(user);
    return this.answer(await this.session.call('POST', `${API}/${inboundId}/delClient/${encodeURIComponent(clientId)}`));
  }

  private inboundId(inbound: string): number {
    if (!/^\d+$/.test(inbound)) throw new PanelError('REFUSED', `"${inbound}" is not a 3x-ui inbound id`);
    return Number(inbound);
  }

  private async findClient(user: PanelUserRef): Promise<{ inboundId: number; entry: Record<string, unknown>; clientId: string }> {
    const inboundId = this.inboundId(user.inbound);
    const inbound = readInbound((await this.session.call('GET', `${API}/get/${inboundId}`)).obj);
    const entry = inbound.clients.find((c) => c.email === user.key);
    if (!entry) throw new PanelError('REFUSED', `client ${user.key} is not in 3x-ui inbound ${inboundId}`);
    const clientId = entry[clientKeyField(inbound.protocol)];
    if (typeof clientId !== 'string' || clientId === '') throw new PanelError('PROTOCOL', `client ${user.key} has no ${clientKeyField(inbound.protocol)} in inbound ${inboundId}`);
    return { inboundId, entry, clientId };
  }

  private answer(envelope: XuiEnvelope): PanelAnswer {
    return { status: 200, message: cleanMessage(envelope.msg) };
  }

  /** From a panel page when signed in with a session; from `getPanelUpdateInfo` otherwise (it needs GitHub, so it may fail). */
  private async version(): Promise<string> {
    if (!this.session.usesToken) {
      const page = await this.session.fetchPage('panel/');
      for (const pattern of VERSION_IN_PAGE) {
        const found = page.status === 200 ? pattern.exec(page.text) : null;
        if (found) return found[1];
      }
    }
    try {
      const info = (await this.session.call('GET', 'panel/api/server/getPanelUpdateInfo')).obj as { currentVersion?: unknown } | null;
      return typeof info?.currentVersion === 'string' ? info.currentVersion : '';
    } catch (err) {
      if (err instanceof PanelError && err.kind === 'REFUSED') return '';
      throw err;
    }
  }
}
