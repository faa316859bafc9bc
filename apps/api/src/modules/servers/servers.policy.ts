import { z } from 'zod';

export const SERVER_KINDS = ['WEBHOOK', 'ROUTEROS', 'MARZBAN', 'PASARGUARD', 'XUI'] as const;
export type ServerKind = (typeof SERVER_KINDS)[number];
export const SERVER_STATUSES = ['ACTIVE', 'DISABLED'] as const;
export type ServerStatus = (typeof SERVER_STATUSES)[number];

const name = z.string().trim().min(1, 'Required').max(100, 'At most 100 characters');

export const createServerSchema = z.object({ name, kind: z.enum(SERVER_KINDS).default('WEBHOOK') });
export type CreateServerData = z.input<typeof createServerSchema>;

export const updateServerSchema = z.object({ name: name.optional(), status: z.enum(SERVER_STATUSES).optional() });
export type UpdateServerData = z.input<typeof updateServerSchema>;
