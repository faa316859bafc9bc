import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import { forbidden, unauthenticated } from '../errors/domain-error';
import type { Actor } from './actor';

/** Checks roles only; ownership is each service's job. Unauthenticated and forbidden are told apart. */
export class RoleAuthChecker implements AuthCheckerInterface<{ actor: Actor | null }> {
  check({ context }: ResolverData<{ actor: Actor | null }>, roles: string[]): boolean {
    const actor = context.actor;
    if (!actor) throw unauthenticated();
    if (roles.length === 0) return true;
    const role = actor.kind === 'system' ? 'ADMIN' : actor.role;
    if (!roles.includes(role)) throw forbidden('Your role may not do this');
    return true;
  }
}
