/**
 * Users as each panel's pydantic response model serializes them, field for field and in field order.
 *   Marzban 0.8.4   app/models/user.py UserResponse (expire: unix seconds; datetimes naive UTC, no zone;
 *                   proxies/inbounds per protocol; links; admin: app/models/admin.py Admin)
 *   PasarGuard      app/models/user.py UserResponse (expire: ISO datetime with zone; proxy_settings for
 *                   every protocol, group_ids, hwid_limit, id, edit_at; admin: AdminBase {id, username};
 *                   subscription_url empty in lists unless load_sub=true)
 */
import { lifetimeUsed, type PanelUser } from './user-rules';

export interface PanelOwner {
  username: string;
  /** Marzban's Admin.users_usage: bytes its users moved. */
  usersUsage: bigint;
}

/** pydantic's datetime: `2025-01-09T19:37:39` plus `.ffffff` when there are microseconds. */
function pyDatetime(d: Date): string {
  const iso = d.toISOString();
  const ms = d.getUTCMilliseconds();
  return ms === 0 ? iso.slice(0, 19) : `${iso.slice(0, 19)}.${String(ms * 1000).padStart(6, '0')}`;
}
const naive = (d: Date | null): string | null => (d ? pyDatetime(d) : null);
const aware = (d: Date | null): string | null => (d ? `${pyDatetime(d)}Z` : null);

export function marzbanUser(u: PanelUser, owner: PanelOwner): Record<string, unknown> {
  const remark = encodeURIComponent(`🚀 Marz (${u.username}) [VLESS - tcp]`);
  return {
    proxies: { vless: { id: u.uuid, flow: '' } },
    expire: u.expire ? Math.floor(u.expire.getTime() / 1000) : null,
    data_limit: u.dataLimit,
    data_limit_reset_strategy: 'no_reset',
    inbounds: { vless: ['VLESS TCP REALITY'] },
    note: u.note,
    sub_updated_at: null,
    sub_last_user_agent: null,
    online_at: naive(u.onlineAt),
    on_hold_expire_duration: u.onHoldExpireDuration,
    on_hold_timeout: null,
    auto_delete_in_days: null,
    next_plan: null,
    username: u.username,
    status: u.status,
    used_traffic: u.usedTraffic,
    lifetime_used_traffic: lifetimeUsed(u),
    created_at: naive(u.createdAt),
    links: [`vless://${u.uuid}@panel.example:443?security=reality&type=tcp&headerType=&flow=&sni=www.example.com&fp=chrome#${remark}`],
    subscription_url: `/sub/${u.subToken}`,
    excluded_inbounds: { vless: [] },
    admin: { username: owner.username, is_sudo: true, telegram_id: null, discord_webhook: null, users_usage: owner.usersUsage },
  };
}

export function pasarguardUser(u: PanelUser, owner: PanelOwner, withSubscription: boolean): Record<string, unknown> {
  return {
    proxy_settings: {
      vmess: { id: u.uuid },
      vless: { id: u.uuid },
      trojan: { password: u.password },
      shadowsocks: { password: u.password, method: 'chacha20-ietf-poly1305' },
      wireguard: { private_key: null, public_key: null, peer_ips: [] },
      hysteria: { auth: u.password },
    },
    expire: aware(u.expire),
    data_limit: u.dataLimit,
    data_limit_reset_strategy: 'no_reset',
    note: u.note,
    on_hold_expire_duration: u.onHoldExpireDuration,
    on_hold_timeout: null,
    group_ids: [1],
    auto_delete_in_days: null,
    hwid_limit: null,
    next_plan: null,
    id: u.id,
    username: u.username,
    status: u.status,
    used_traffic: u.usedTraffic,
    lifetime_used_traffic: lifetimeUsed(u),
    created_at: aware(u.createdAt),
    edit_at: aware(u.editAt),
    online_at: aware(u.onlineAt),
    subscription_url: withSubscription ? `/sub/${u.subToken}` : '',
    admin: { id: 1, username: owner.username },
  };
}
