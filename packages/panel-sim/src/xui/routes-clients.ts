/**
 * v3.1.0's clients API under /panel/api/clients (web/controller/client.go; internal/web/controller/client.go
 * from v3.4.0), keyed by email: list, get, traffic, update, del, resetTraffic, resetAllTraffics and,
 * from v3.2.0 / v3.5.0, bulkResetTraffic / bulkEnable / bulkDisable. Bodies are JSON only
 * (ShouldBindJSON); every failure is `{success:false, msg:"Something went wrong (<err>)"}` on HTTP 200.
 */
import type { SimHandler, SimRequest, SimResponse } from '../http-sim';
import { bound } from './api-guard';
import { attachments, clientRecordJson, clientsListJson } from './client-records';
import { bulkResetTraffic, bulkSetEnable, deleteByEmail, resetAllClientsTraffic, resetTrafficByEmail, updateByEmail } from './clients-ops';
import type { XuiContext } from './context';
import { goParse, recordNotFound, XuiFailure } from './messages';
import { clientTrafficJson } from './models';
import { envelope } from './respond';

/** ShouldBindJSON: the body is decoded as JSON whatever its content type says (an object here). */
function jsonBody(req: SimRequest): Record<string, unknown> {
  if (req.rawBody.trim() === '') throw new XuiFailure('EOF');
  const parsed = goParse(req.rawBody);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new XuiFailure(`json: cannot unmarshal ${Array.isArray(parsed) ? 'array' : typeof parsed} into Go value of type model.Client`);
  return parsed as Record<string, unknown>;
}

export function registerClientsRoutes(ctx: XuiContext, api: (method: string, path: string, handler: SimHandler) => void): void {
  const { state, features, msg } = ctx;
  const ok = (text: string, obj: unknown = null): SimResponse => envelope(true, text, obj);
  const email = (req: SimRequest) => req.params.email ?? '';
  const wrong = msg.somethingWentWrong;

  api('GET', '/clients/list', () => ok('', clientsListJson(state)));
  api('GET', '/clients/get/:email', bound(msg.obtain, msg.obtain, (req) => () => {
    const atts = attachments(state, email(req));
    if (atts.length === 0) throw recordNotFound();
    const row = state.traffics.get(email(req));
    const detail = features.clientDetail ? { externalLinks: [], usedTraffic: row ? row.up + row.down : 0n } : {};
    return ok('', { client: clientRecordJson(state, email(req), atts[0].entry), inboundIds: atts.map((a) => a.inbound.id), ...detail });
  }));
  api('GET', '/clients/traffic/:email', bound(msg.trafficGetError, msg.trafficGetError, (req) => () => {
    const row = state.traffics.get(email(req));
    return ok('', row ? clientTrafficJson(row, attachments(state, email(req))[0]?.entry, false) : null);
  }));
  api('POST', '/clients/update/:email', bound(wrong, wrong, (req) => {
    const body = jsonBody(req);
    return () => (updateByEmail(state, features, email(req), body), ok(msg.clientUpdated));
  }));
  api('POST', '/clients/del/:email', bound(wrong, wrong, (req) => () => {
    deleteByEmail(state, features, email(req), req.query.get('keepTraffic') === '1');
    return ok(msg.clientDeleted);
  }));
  api('POST', '/clients/resetTraffic/:email', bound(wrong, wrong, (req) => () => (resetTrafficByEmail(state, features, email(req)), ok(msg.clientTrafficReset))));
  api('POST', '/clients/resetAllTraffics', bound(wrong, wrong, () => () => (resetAllClientsTraffic(state), ok(msg.allClientTrafficReset))));
  if (features.bulkResetTraffic) {
    api('POST', '/clients/bulkResetTraffic', bound(wrong, wrong, (req) => {
      const emails = jsonBody(req).emails;
      return () => ok('', { affected: bulkResetTraffic(state, features, emails) });
    }));
  }
  if (features.bulkEnable) {
    for (const [path, enable] of [['/clients/bulkEnable', true], ['/clients/bulkDisable', false]] as const) {
      api('POST', path, bound(wrong, wrong, (req) => {
        const emails = jsonBody(req).emails;
        return () => ok('', bulkSetEnable(state, emails, enable));
      }));
    }
  }
}
