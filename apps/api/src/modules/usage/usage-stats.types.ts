import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BytesScalar, DateTimeScalar } from '../../platform/graphql/scalars';
import type { UsagePoint } from './usage-series.policy';
import type { CleanupResult } from './usage-retention.service';
import type { DatabaseInfo, GlobalStats, ServerUsage } from './usage-stats.service';

export enum UsageBucketEnum {
  HOUR = 'HOUR',
  DAY = 'DAY',
}
registerEnumType(UsageBucketEnum, { name: 'UsageBucket', description: 'Chart bucket, in UTC' });

@ObjectType('GlobalStats')
export class GlobalStatsType {
  @Field(() => Int) users: number;
  @Field(() => Int) agents: number;
  @Field(() => Int) servers: number;
  @Field(() => BytesScalar, { description: 'Period usage of the whole system: up + down since the last reset' }) used: bigint;
  @Field(() => BytesScalar) up: bigint;
  @Field(() => BytesScalar) down: bigint;
  @Field(() => BytesScalar, { description: 'Bytes ever counted; never decreases' }) lifetime: bigint;
  @Field(() => Int, { description: 'Samples ever counted (not lowered by retention cleanup)' }) samples: number;

  static from(s: GlobalStats): GlobalStatsType {
    return Object.assign(new GlobalStatsType(), s);
  }
}

@ObjectType('TableRows')
export class TableRowsType {
  @Field() name: string;
  @Field(() => Int) rows: number;
}

@ObjectType('DatabaseInfo')
export class DatabaseInfoType {
  @Field({ description: 'sqlite, mysql or mariadb' }) database: string;
  @Field(() => [TableRowsType]) tables: TableRowsType[];
  @Field(() => BytesScalar, { nullable: true, description: 'Data and indexes on disk; null when the database will not say' }) sizeBytes: bigint | null;
  @Field(() => Int, { description: 'Distinct users in the raw samples kept' }) uniqueUsers: number;
  @Field(() => Int, { description: 'Distinct servers in the raw samples kept' }) uniqueServers: number;
  @Field(() => Int, { description: 'Days raw samples are kept; 0 = forever' }) retentionDays: number;
  @Field(() => DateTimeScalar, { nullable: true }) oldestSampleAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) newestSampleAt: Date | null;

  static from(d: DatabaseInfo): DatabaseInfoType {
    return Object.assign(new DatabaseInfoType(), d);
  }
}

@ObjectType('ServerUsage')
export class ServerUsageType {
  @Field(() => ID) serverId: string;
  @Field() serverName: string;
  @Field() protocol: string;
  @Field(() => BytesScalar) up: bigint;
  @Field(() => BytesScalar) down: bigint;
  @Field(() => BytesScalar) total: bigint;
  @Field(() => Int) samples: number;
  @Field(() => DateTimeScalar, { nullable: true }) lastSeenAt: Date | null;

  static from(u: ServerUsage): ServerUsageType {
    return Object.assign(new ServerUsageType(), { ...u, serverId: String(u.serverId) });
  }
}

@ObjectType('UsagePoint')
export class UsagePointType {
  @Field(() => DateTimeScalar, { description: 'Start of the bucket' }) at: Date;
  @Field(() => BytesScalar) up: bigint;
  @Field(() => BytesScalar) down: bigint;
  @Field(() => BytesScalar) total: bigint;

  static from(p: UsagePoint): UsagePointType {
    return Object.assign(new UsagePointType(), p);
  }
}

@ObjectType('CleanupResult')
export class CleanupResultType {
  @Field(() => Int) deleted: number;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Samples before this time were deleted; null = retention 0, nothing deleted' })
  before: Date | null;

  static from(r: CleanupResult): CleanupResultType {
    return Object.assign(new CleanupResultType(), { deleted: Math.min(r.deleted, 2_147_483_647), before: r.before });
  }
}
