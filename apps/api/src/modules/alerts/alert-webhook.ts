import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SerializedAlert } from './alerts.topics';

export const SIGNATURE_HEADER = 'x-tm-signature';
export const TIMESTAMP_HEADER = 'x-tm-timestamp';

/**
 * Receivers check `X-TM-Signature: sha256=<hex>`, the HMAC-SHA256 of `<X-TM-Timestamp>.<raw body>`
 * under the shared secret (the timestamp lets them refuse replays).
 */
export function sign(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function verify(secret: string, timestamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(sign(secret, Number(timestamp), body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export interface WebhookTarget {
  url: string;
  secret: string;
  timeoutMs: number;
}

/** One POST of one alert; throws on a network error, a timeout or a non-2xx answer (the job retries). */
export async function postAlert(target: WebhookTarget, alert: SerializedAlert, now = new Date()): Promise<void> {
  const body = JSON.stringify({ event: 'alert.raised', alert });
  const timestamp = Math.floor(now.getTime() / 1000);
  const res = await fetch(target.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'user-agent': 'TrafficManager-Alerts/1',
      'x-tm-event': 'alert.raised',
      'x-tm-delivery': String(alert.id),
      [TIMESTAMP_HEADER]: String(timestamp),
      [SIGNATURE_HEADER]: sign(target.secret, timestamp, body),
    },
    body,
    redirect: 'manual',
    signal: AbortSignal.timeout(target.timeoutMs),
  });
  await res.body?.cancel();
  if (res.status < 200 || res.status >= 300) throw new Error(`The webhook answered HTTP ${res.status}`);
}
