import { randomUUID } from 'node:crypto';
import type { Actor } from '../platform/auth/actor';
import { unauthenticated } from '../platform/errors/domain-error';
import type { Container } from './container';

export interface Context {
  actor: Actor | null;
  requestId: string;
  address: string;
  services: Container['services'];
}

/** One context builder for HTTP and WebSocket: both hand it the Authorization value. */
export async function createContext(
  container: Container,
  input: { authorization?: string | null; address?: string; requestId?: string },
): Promise<Context> {
  return {
    actor: await container.services.auth.authenticate(input.authorization),
    requestId: input.requestId ?? randomUUID(),
    address: input.address ?? 'unknown',
    services: container.services,
  };
}

/** The signed-in actor; resolvers behind @Authorized never see null, this narrows the type. */
export function actorOf(ctx: Context): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}
