/**
 * Pushes through the inbound-scoped client API of 3x-ui v2.x and v3.0.x (web/controller/inbound.go):
 * `updateClient/:clientId`, `:id/resetClientTraffic/:email`, `resetAllClientTraffics/:id` and
 * `:id/delClient/:clientId`, a client named by its protocol key (uuid, trojan password, …).
 */
import { type PanelAnswer, type PanelClient, PanelError, type PanelUserRef } from './panel-client';
import { stringifyJsonExact } from './xui.json';
import { clientKeyField, findClient, inboundIdOf } from './xui.inbounds';
import { answerOf, type XuiSession } from './xui.session';

/** What XuiClient pushes, whichever API the panel has. */
export type XuiPushes = Pick<PanelClient, 'setEnabled' | 'resetUsage' | 'resetAll' | 'deleteUser'>;

const API = 'panel/api/inbounds';

export class XuiInboundApi implements XuiPushes {
  constructor(private readonly session: XuiSession) {}

  /** updateClient replaces the whole entry: it is read fresh and sent back whole, only `enable` changed. */
  async setEnabled(user: PanelUserRef, enabled: boolean): Promise<PanelAnswer> {
    const { inboundId, entry, clientId } = await this.clientOf(user);
    const settings = stringifyJsonExact({ clients: [{ ...entry, enable: enabled }] });
    return answerOf(await this.session.call('POST', `${API}/updateClient/${encodeURIComponent(clientId)}`, stringifyJsonExact({ id: inboundId, settings })));
  }

  async resetUsage(user: PanelUserRef): Promise<PanelAnswer> {
    return answerOf(await this.session.call('POST', `${API}/${inboundIdOf(user.inbound)}/resetClientTraffic/${encodeURIComponent(user.key)}`));
  }

  /** One inbound's clients, or every inbound's (id -1) when `inbound` is ''. */
  async resetAll(inbound: string): Promise<PanelAnswer> {
    const id = inbound === '' ? -1 : inboundIdOf(inbound);
    return answerOf(await this.session.call('POST', `${API}/resetAllClientTraffics/${id}`));
  }

  async deleteUser(user: PanelUserRef): Promise<PanelAnswer> {
    const { inboundId, clientId } = await this.clientOf(user);
    return answerOf(await this.session.call('POST', `${API}/${inboundId}/delClient/${encodeURIComponent(clientId)}`));
  }

  private async clientOf(user: PanelUserRef): Promise<{ inboundId: number; entry: Record<string, unknown>; clientId: string }> {
    const { inbound, entry } = await findClient(this.session, user);
    const field = clientKeyField(inbound.protocol);
    const clientId = entry[field];
    if (typeof clientId !== 'string' || clientId === '') throw new PanelError('PROTOCOL', `client ${user.key} has no ${field} in inbound ${inbound.id}`);
    return { inboundId: inbound.id, entry, clientId };
  }
}
