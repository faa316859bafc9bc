/**
 * Pushes through the clients API of 3x-ui v3.1.0 on (web/controller/client.go), where a client is one
 * record keyed by its email, possibly attached to several inbounds; every call reaches all of them.
 *
 *   enable/disable  v3.5.0+: `clients/bulkEnable|bulkDisable {emails}`, which change `enable` and nothing else;
 *                   before: `clients/update/:email` with the client sent back whole (it replaces the
 *                   entry, and a field left out is zeroed or, for uuid/password/auth before v3.4.0, made anew)
 *   reset one       `clients/resetTraffic/:email` (from v3.4.0 the panel also enables a disabled client)
 *   reset inbound   v3.2.0+: `clients/bulkResetTraffic {emails}` with the inbound's clients; before: one by one
 *   reset all       `clients/resetAllTraffics`
 *   delete          `clients/del/:email`
 */
import { type PanelAnswer, PanelError, type PanelUserRef } from './panel-client';
import type { XuiApiLevel } from './xui.api-level';
import type { XuiPushes } from './xui.inbound-api';
import { stringifyJsonExact } from './xui.json';
import { findClient, inboundIdOf, readInbound } from './xui.inbounds';
import { answerOf, type XuiSession } from './xui.session';

const API = 'panel/api/clients';
const email = (key: string): string => encodeURIComponent(key);

export class XuiClientsApi implements XuiPushes {
  constructor(
    private readonly session: XuiSession,
    private readonly level: XuiApiLevel,
  ) {}

  async setEnabled(user: PanelUserRef, enabled: boolean): Promise<PanelAnswer> {
    if (this.level.bulkEnable) {
      const answer = await this.session.call('POST', `${API}/${enabled ? 'bulkEnable' : 'bulkDisable'}`, stringifyJsonExact({ emails: [user.key] }));
      const skipped = (answer.obj as { skipped?: Array<{ reason?: unknown }> } | null)?.skipped;
      if (skipped?.length) throw new PanelError('REFUSED', `3x-ui skipped client ${user.key}: ${String(skipped[0].reason ?? 'no reason given')}`);
      return answerOf(answer);
    }
    const { entry } = await findClient(this.session, user);
    return answerOf(await this.session.call('POST', `${API}/update/${email(user.key)}`, stringifyJsonExact({ ...entry, enable: enabled })));
  }

  async resetUsage(user: PanelUserRef): Promise<PanelAnswer> {
    return answerOf(await this.session.call('POST', `${API}/resetTraffic/${email(user.key)}`));
  }

  /** Every client's counters when `inbound` is ''; otherwise those of the clients in that inbound. */
  async resetAll(inbound: string): Promise<PanelAnswer> {
    if (inbound === '') return answerOf(await this.session.call('POST', `${API}/resetAllTraffics`));
    const id = inboundIdOf(inbound);
    const emails = readInbound((await this.session.call('GET', `panel/api/inbounds/get/${id}`)).obj)
      .clients.map((c) => c.email)
      .filter((e): e is string => typeof e === 'string' && e !== '');
    if (this.level.bulkReset) return answerOf(await this.session.call('POST', `${API}/bulkResetTraffic`, stringifyJsonExact({ emails })));
    for (const key of emails) await this.session.call('POST', `${API}/resetTraffic/${email(key)}`);
    return { status: 200, message: stringifyJsonExact({ affected: emails.length }) };
  }

  async deleteUser(user: PanelUserRef): Promise<PanelAnswer> {
    return answerOf(await this.session.call('POST', `${API}/del/${email(user.key)}`));
  }
}
