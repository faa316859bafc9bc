import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, NonEmptyArray } from 'type-graphql';
import { RoleAuthChecker } from '../platform/auth/auth-checker';
import type { PubSub } from '../platform/pubsub/pubsub';
import { AccountsResolver, ApiKeysResolver, AuthResolver } from '../modules/accounts';
import { UsersResolver } from '../modules/users';
import { SystemResolver } from '../modules/system';
import { LimitsResolver } from '../modules/limits';
import { AlertsResolver } from '../modules/alerts';
import { ServersResolver } from '../modules/servers';
import { SettingsResolver } from '../modules/settings';
import { ResetSchedulesResolver, ResetsResolver, TrafficReportsResolver } from '../modules/resets';
import { UsageLiveResolver, UsageResolver, UsageStatsResolver } from '../modules/usage';
import { BandwidthResolver, RouterUsersResolver, RoutersResolver, SpeedProfilesResolver, VouchersResolver } from '../modules/bandwidth';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  AuthResolver,
  AccountsResolver,
  ApiKeysResolver,
  UsersResolver,
  LimitsResolver,
  AlertsResolver,
  ResetsResolver,
  ResetSchedulesResolver,
  TrafficReportsResolver,
  ServersResolver,
  UsageResolver,
  UsageStatsResolver,
  UsageLiveResolver,
  SettingsResolver,
  SystemResolver,
  RoutersResolver,
  SpeedProfilesResolver,
  BandwidthResolver,
  RouterUsersResolver,
  VouchersResolver,
];

export function createSchema(pubSub: PubSub): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    authChecker: RoleAuthChecker,
    authMode: 'error',
    pubSub,
    validate: false,
  });
}

/** The SDL committed as apps/api/schema.graphql (sorted, so it diffs cleanly). */
export const printSortedSchema = (schema: GraphQLSchema): string => printSchema(lexicographicSortSchema(schema)) + '\n';
