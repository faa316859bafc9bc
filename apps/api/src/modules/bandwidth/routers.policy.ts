import { z } from 'zod';

const name = z.string().trim().min(1, 'Required').max(100, 'At most 100 characters');
/** A host name or an IPv4 / IPv6 address; no scheme, path or spaces. */
const host = z
  .string()
  .trim()
  .min(1, 'Required')
  .max(255, 'At most 255 characters')
  .transform((h) => h.toLowerCase())
  .pipe(z.string().regex(/^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[?[0-9A-Fa-f:.]+\]?)$/, 'A host name or IP address'));
const port = z.number().int('A whole number').min(1, '1–65535').max(65535, '1–65535');
const username = z.string().trim().min(1, 'Required').max(100, 'At most 100 characters');
const password = z.string().max(200, 'At most 200 characters');

export const createRouterSchema = z.object({ name, host, port: port.optional(), tls: z.boolean().default(false), username, password });
export type CreateRouterData = z.input<typeof createRouterSchema>;

export const updateRouterSchema = z.object({
  name: name.optional(),
  host: host.optional(),
  port: port.optional(),
  tls: z.boolean().optional(),
  username: username.optional(),
  password: password.optional(),
});
export type UpdateRouterData = z.input<typeof updateRouterSchema>;

/** RouterOS API ports: 8728 plain, 8729 API-SSL. */
export const defaultPort = (tls: boolean) => (tls ? 8729 : 8728);
