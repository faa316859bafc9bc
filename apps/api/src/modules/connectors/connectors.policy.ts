import { z } from 'zod';
import { ConnectorKind } from '@tm/shared';

const name = z.string().trim().min(1, 'Required').max(100, 'At most 100 characters');
/** http(s)://host[:port][/base/path]; 3x-ui panels sit under a random base path. Kept without a trailing slash. */
const url = z
  .string()
  .trim()
  .min(1, 'Required')
  .max(500, 'At most 500 characters')
  .refine((u) => {
    try {
      const parsed = new URL(u);
      return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && !parsed.search && !parsed.hash && !parsed.username;
    } catch {
      return false;
    }
  }, 'An http:// or https:// address, e.g. https://panel.example.com:8000 or https://panel.example.com:2053/x7Kq2')
  .transform((u) => u.replace(/\/+$/, ''));
const username = z.string().trim().min(1, 'Required').max(100, 'At most 100 characters');
const secret = (max: number) => z.string().max(max, `At most ${max} characters`);
const totpSecret = z
  .string()
  .trim()
  .transform((s) => s.replace(/\s+/g, '').toUpperCase())
  .pipe(z.string().regex(/^[A-Z2-7]{16,128}=*$/, 'The two-factor secret as the panel shows it (base32, 16 characters or more)'));
const pollSeconds = z.number().int('A whole number').min(10, 'At least 10 seconds').max(86_400, 'At most a day');
const kind = z.enum([ConnectorKind.MARZBAN, ConnectorKind.PASARGUARD, ConnectorKind.XUI]);

export const createConnectorSchema = z
  .object({
    name,
    kind,
    url,
    username: username.nullish(),
    password: secret(200).nullish(),
    totpSecret: totpSecret.nullish(),
    apiToken: secret(2000).trim().nullish(),
    pollSeconds: pollSeconds.default(60),
    deleteDepleted: z.boolean().default(false),
  })
  .superRefine((c, ctx) => {
    if (c.apiToken) return;
    if (!c.username) ctx.addIssue({ code: 'custom', path: ['username'], message: 'A username and password, or an API token' });
    if (!c.password) ctx.addIssue({ code: 'custom', path: ['password'], message: 'A username and password, or an API token' });
  });
export type CreateConnectorData = z.input<typeof createConnectorSchema>;

/** Absent = unchanged; a secret given as '' = unchanged too (the form never shows stored secrets); null clears the optional ones. */
export const updateConnectorSchema = z.object({
  name: name.optional(),
  url: url.optional(),
  username: username.optional(),
  password: secret(200).optional(),
  totpSecret: totpSecret.or(z.literal('')).nullable().optional(),
  apiToken: secret(2000).trim().nullable().optional(),
  pollSeconds: pollSeconds.optional(),
  deleteDepleted: z.boolean().optional(),
});
export type UpdateConnectorData = z.input<typeof updateConnectorSchema>;
