/**
 * The 3x-ui connector (v2.x, v3.0.x and v3.1.0 on): usage from `inbounds/list`, pushes through the
 * client API the panel has, all under the panel's web base path. Up to v3.0.x that is the
 * inbound-scoped one (xui.inbound-api.ts); from v3.1.0, which moved it, the email-keyed clients API
 * (xui.clients-api.ts). Which one is read once per session from `server/status` (xui.api-level.ts).
 * Signing in, CSRF and retries live in xui.session.ts.
 */
import { type PanelAnswer, type PanelClient, type PanelConfig, PanelError, type PanelInfo, type PanelUsage, type PanelUserRef } from './panel-client';
import { XuiClientsApi } from './xui.clients-api';
import { XuiInboundApi, type XuiPushes } from './xui.inbound-api';
import { readInbounds, usageOf } from './xui.inbounds';
import { XuiSession } from './xui.session';
import { XuiTransport } from './xui.transport';

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
    const answer = await this.session.call('GET', 'panel/api/inbounds/list');
    return usageOf(readInbounds(answer.obj), Date.now());
  }

  /** The client's `enable` only; whatever else an operator set on it stays as it was. */
  setEnabled(user: PanelUserRef, enabled: boolean): Promise<PanelAnswer> {
    return this.push((api) => api.setEnabled(user, enabled));
  }

  resetUsage(user: PanelUserRef): Promise<PanelAnswer> {
    return this.push((api) => api.resetUsage(user));
  }

  /** One inbound's clients, or every inbound's when `inbound` is ''. */
  resetAll(inbound: string): Promise<PanelAnswer> {
    return this.push((api) => api.resetAll(inbound));
  }

  deleteUser(user: PanelUserRef): Promise<PanelAnswer> {
    return this.push((api) => api.deleteUser(user));
  }

  /** A 404 may mean the panel was upgraded or downgraded under us: its API is read again for the next push. */
  private async push(call: (api: XuiPushes) => Promise<PanelAnswer>): Promise<PanelAnswer> {
    const level = await this.session.apiLevel();
    try {
      return await call(level.clientsApi ? new XuiClientsApi(this.session, level) : new XuiInboundApi(this.session));
    } catch (err) {
      if (err instanceof PanelError && err.status === 404) this.session.forgetApiLevel();
      throw err;
    }
  }

  /**
   * From `server/status` from v3.1.0 on (`panelVersion`); before, from a panel page when signed in with a
   * session, or from `getPanelUpdateInfo` (it needs GitHub, so it may fail).
   */
  private async version(): Promise<string> {
    const { version } = await this.session.apiLevel();
    if (version) return version;
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
