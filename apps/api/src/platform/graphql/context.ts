import type { Actor } from '../auth/actor';
import { unauthenticated } from '../errors/domain-error';

/** What a resolver knows about the request: who is calling, and from where. Services come through its constructor. */
export interface Context {
  actor: Actor | null;
  requestId: string;
  address: string;
}

/** The signed-in actor; resolvers behind @Authorized never see null, this narrows the type. */
export function actorOf(ctx: Context): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}
