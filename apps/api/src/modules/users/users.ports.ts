import type { EntityManager } from 'typeorm';
import type { RouterLoginKind } from '@tm/shared';
import type { Actor } from '../../platform/auth/actor';
import type { CreateUserData } from './users.policy';
import type { UserView } from './user-views';

/*
 * What users need from modules that sit above them. The container plugs the real ones in
 * (limits' quota guard, bandwidth's router users), so users never import those modules.
 */

/** A user's data limit drawn from its agent's quota. */
export interface QuotaGrant {
  agentId: number;
  /** The data limit asked for (null = unlimited). */
  requested: bigint | null;
  /** The user whose limit changes; absent for a new user. */
  userId?: number;
}

/** Runs inside the transaction that creates or changes the user; throws (nothing written) when the grant doesn't fit. */
export type ReserveGrant = (m: EntityManager, grant: QuotaGrant) => Promise<void>;

/** What runs after a user is created or changed: enforcement of its status (limits module). */
export type UserChangedHook = (userId: number, agentId: number | null) => Promise<void>;

/** A login on a router for a new user, named as the user. */
export interface NewRouterLogin {
  routerId: number;
  kind?: RouterLoginKind;
  password?: string;
  routerProfile?: string;
  speedProfileId?: number;
}

/** Creates a user together with its login on a router (bandwidth module). */
export interface UserWithLoginCreator {
  createUser(actor: Actor, user: CreateUserData, login: NewRouterLogin): Promise<UserView>;
}
