import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../platform/graphql/pagination';
import { BytesScalar, DateTimeScalar } from '../../platform/graphql/scalars';
import type { TrafficReportEntity } from './traffic-report.entity';
import type { ReportPage } from './traffic-reports.service';

/** Where a report downloads from (REST, same Bearer token as GraphQL). */
export const reportPath = (id: number, format: 'csv' | 'json') => `/api/v1/reports/${id}.${format}`;

@ObjectType('TrafficReport', { description: 'Every agent’s, user’s and server’s bytes at one moment (before a scheduled reset, or on demand)' })
export class TrafficReportType {
  @Field(() => ID) id: string;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field() trigger: string;
  @Field() scope: string;
  @Field(() => ID, { nullable: true }) targetId: string | null;
  @Field(() => String, { nullable: true }) targetLabel: string | null;
  @Field(() => ID, { nullable: true }) resetEventId: string | null;
  @Field(() => ID, { nullable: true }) scheduleId: string | null;
  @Field(() => Int) users: number;
  @Field(() => Int) agents: number;
  @Field(() => Int) servers: number;
  @Field(() => BytesScalar, { description: 'Global period upload at the time' }) up: bigint;
  @Field(() => BytesScalar) down: bigint;
  @Field(() => BytesScalar) lifetime: bigint;
  @Field({ description: 'API path of the CSV download' }) csvUrl: string;
  @Field({ description: 'API path of the JSON download' }) jsonUrl: string;

  static from(r: TrafficReportEntity): TrafficReportType {
    const id = (n: number | null) => (n === null ? null : String(n));
    return Object.assign(new TrafficReportType(), {
      id: String(r.id),
      createdAt: r.createdAt,
      trigger: r.trigger,
      scope: r.scope,
      targetId: id(r.targetId),
      targetLabel: r.targetLabel,
      resetEventId: id(r.resetEventId),
      scheduleId: id(r.scheduleId),
      users: r.users,
      agents: r.agents,
      servers: r.servers,
      up: r.upBytes,
      down: r.downBytes,
      lifetime: r.lifetimeBytes,
      csvUrl: reportPath(r.id, 'csv'),
      jsonUrl: reportPath(r.id, 'json'),
    });
  }
}

@ObjectType()
export class TrafficReportConnection {
  @Field(() => [TrafficReportType]) nodes: TrafficReportType[];
  @Field(() => Int) totalCount: number;
  @Field(() => PageInfo) pageInfo: PageInfo;

  static from(page: ReportPage): TrafficReportConnection {
    return { nodes: page.nodes.map(TrafficReportType.from), totalCount: page.totalCount, pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage } };
  }
}
