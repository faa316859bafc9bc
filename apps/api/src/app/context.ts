import { randomUUID } from 'node:crypto';
import type { Context } from '../platform/graphql/context';
import type { Container } from './container';

/** One context builder for HTTP and WebSocket: both hand it the Authorization value. */
export async function createContext(
  container: Container,
  input: { authorization?: string | null; address?: string; requestId?: string },
): Promise<Context> {
  return {
    actor: await container.services.auth.authenticate(input.authorization),
    requestId: input.requestId ?? randomUUID(),
    address: input.address ?? 'unknown',
  };
}
