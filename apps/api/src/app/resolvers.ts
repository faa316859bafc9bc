import type { ContainerType, NonEmptyArray } from 'type-graphql';
import { RoleAuthChecker } from '../platform/auth/auth-checker';
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
import { ConnectorsResolver, UserPanelsResolver } from '../modules/connectors';
import type { Container } from './container';

type Services = Container['services'];
type Class<T> = abstract new (...args: never[]) => T;

interface ResolverFactory<T extends object = object> {
  cls: Class<T>;
  build: (services: Services) => T;
}

/** `build` must return an instance of `cls` (its private service fields make that nominal). */
const resolver = <T extends object>(cls: Class<T>, build: (services: Services) => NoInfer<T>): ResolverFactory => ({ cls, build });

/** Every resolver of the schema and the services it is built with. */
const FACTORIES: NonEmptyArray<ResolverFactory> = [
  resolver(AuthResolver, (s) => new AuthResolver(s.auth)),
  resolver(AccountsResolver, (s) => new AccountsResolver(s.accounts)),
  resolver(ApiKeysResolver, (s) => new ApiKeysResolver(s.apiKeys)),
  resolver(UsersResolver, (s) => new UsersResolver(s.users, s.routerUsers)),
  resolver(LimitsResolver, (s) => new LimitsResolver(s.limits)),
  resolver(AlertsResolver, (s) => new AlertsResolver(s.alerts)),
  resolver(ResetsResolver, (s) => new ResetsResolver(s.resets, s.resetEvents, s.settings)),
  resolver(ResetSchedulesResolver, (s) => new ResetSchedulesResolver(s.resetSchedules)),
  resolver(TrafficReportsResolver, (s) => new TrafficReportsResolver(s.trafficReports)),
  resolver(ServersResolver, (s) => new ServersResolver(s.servers)),
  resolver(UsageResolver, (s) => new UsageResolver(s.servers, s.ingest)),
  resolver(UsageStatsResolver, (s) => new UsageStatsResolver(s.usageStats, s.usageSeries, s.usageRetention)),
  resolver(UsageLiveResolver, (s) => new UsageLiveResolver(s.usageLive)),
  resolver(SettingsResolver, (s) => new SettingsResolver(s.settings)),
  resolver(SystemResolver, (s) => new SystemResolver(s.system)),
  resolver(RoutersResolver, (s) => new RoutersResolver(s.routers, s.routerSync)),
  resolver(SpeedProfilesResolver, (s) => new SpeedProfilesResolver(s.speedProfiles)),
  resolver(BandwidthResolver, (s) => new BandwidthResolver(s.bandwidthLimits, s.activeSessions)),
  resolver(RouterUsersResolver, (s) => new RouterUsersResolver(s.routerUsers)),
  resolver(VouchersResolver, (s) => new VouchersResolver(s.vouchers)),
  resolver(ConnectorsResolver, (s) => new ConnectorsResolver(s.connectors, s.connectorSync, s.connectorImport, s.connectorViews)),
  resolver(UserPanelsResolver, (s) => new UserPanelsResolver(s.connectorViews)),
];

/** The schema's resolver classes; building (or printing) the schema needs these only, no services. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [FACTORIES[0].cls, ...FACTORIES.slice(1).map((f) => f.cls)];

const nameOf = (cls: unknown) => (typeof cls === 'function' && cls.name ? cls.name : String(cls));

/**
 * TypeGraphQL's `container`: every resolver built once from the services (a singleton per schema), plus
 * the other class TypeGraphQL asks for, the auth checker. Any other class is a wiring mistake and throws.
 */
export function resolverContainer(services: Services): ContainerType {
  const instances = new Map<unknown, object>([[RoleAuthChecker, new RoleAuthChecker()]]);
  for (const { cls, build } of FACTORIES) instances.set(cls, build(services));
  return {
    get(cls) {
      const instance = instances.get(cls);
      if (!instance) throw new Error(`No instance of ${nameOf(cls)} for the GraphQL schema: add it to the factories in app/resolvers.ts`);
      return instance;
    },
  };
}

/** For a schema that is only printed or inspected (no services, no database): running any resolver throws. */
export const schemaOnlyContainer: ContainerType = {
  get(cls) {
    throw new Error(`${nameOf(cls)} cannot run: this GraphQL schema was built without services (to print or inspect it)`);
  },
};
