import { Authorized, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '@tm/shared';
import { formatRate } from '@tm/shared';
import { BytesScalar, DateTimeScalar } from '../../platform/graphql/scalars';
import type { BandwidthAssignmentEntity } from './bandwidth-assignment.entity';
import { queueName } from './bandwidth.policy';
import type { ActiveSessionView } from './active-sessions.service';
import type { RouterEntity } from './router.entity';
import type { RouterTestResult } from './routers.service';
import type { SpeedProfileEntity } from './speed-profile.entity';

export enum RouterStatusEnum {
  UNKNOWN = 'UNKNOWN',
  ONLINE = 'ONLINE',
  OFFLINE = 'OFFLINE',
}
registerEnumType(RouterStatusEnum, { name: 'RouterStatus' });

export enum BandwidthStateEnum {
  PENDING = 'PENDING',
  APPLIED = 'APPLIED',
  WAITING = 'WAITING',
  INACTIVE = 'INACTIVE',
  THROTTLED = 'THROTTLED',
  FAILED = 'FAILED',
}
registerEnumType(BandwidthStateEnum, {
  name: 'BandwidthState',
  description: 'PENDING not tried yet; APPLIED the queue matches; WAITING no session for the MAC; INACTIVE its user is cut off (no queue, no session); THROTTLED its user is over its line and the queue holds the throttle speed; FAILED see lastError',
});

/** Agents see which routers exist and whether they are up; how to reach and log in to one is for admins (FORBIDDEN). */
@ObjectType('Router', { description: 'A MikroTik router; its password is never returned. Connection details are ADMIN only.' })
export class RouterType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Authorized(Role.ADMIN) @Field() host: string;
  @Authorized(Role.ADMIN) @Field(() => Int) port: number;
  @Authorized(Role.ADMIN) @Field() tls: boolean;
  @Authorized(Role.ADMIN) @Field() username: string;
  @Field(() => RouterStatusEnum) status: string;
  @Authorized(Role.ADMIN) @Field(() => String, { nullable: true }) lastError: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) lastContactAt: Date | null;
  @Authorized(Role.ADMIN) @Field(() => String, { nullable: true }) identity: string | null;
  @Authorized(Role.ADMIN) @Field(() => String, { nullable: true }) version: string | null;
  @Authorized(Role.ADMIN) @Field(() => Int, { nullable: true }) latencyMs: number | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When an unreachable router is tried again' }) nextAttemptAt: Date | null;
  @Authorized(Role.ADMIN) @Field(() => ID, { description: 'The traffic source its hotspot usage is counted under' }) serverId: string;
  @Field(() => DateTimeScalar) createdAt: Date;

  static from(r: RouterEntity): RouterType {
    return Object.assign(new RouterType(), {
      id: String(r.id),
      name: r.name,
      host: r.host,
      port: r.port,
      tls: r.tls,
      username: r.username,
      status: r.status,
      lastError: r.lastError,
      lastContactAt: r.lastContactAt,
      identity: r.identity,
      version: r.version,
      latencyMs: r.latencyMs,
      nextAttemptAt: r.nextAttemptAt,
      serverId: String(r.serverId),
      createdAt: r.createdAt,
    });
  }
}

@ObjectType('RouterTestResult')
export class RouterTestResultType {
  @Field() ok: boolean;
  @Field(() => String, { nullable: true }) identity: string | null;
  @Field(() => String, { nullable: true }) version: string | null;
  @Field(() => Int, { nullable: true }) latencyMs: number | null;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field(() => RouterType) router: RouterType;

  static from(r: RouterTestResult): RouterTestResultType {
    return Object.assign(new RouterTestResultType(), { ...r, router: RouterType.from(r.router) });
  }
}

@ObjectType('SpeedProfile')
export class SpeedProfileType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'Upload in RouterOS form, e.g. 512K' }) up: string;
  @Field({ description: 'Download in RouterOS form, e.g. 2M' }) down: string;
  @Field(() => Float) upBps: number;
  @Field(() => Float) downBps: number;
  @Field(() => Float, { nullable: true }) price: number | null;
  @Field(() => String, { nullable: true }) validity: string | null;

  static from(p: SpeedProfileEntity): SpeedProfileType {
    return Object.assign(new SpeedProfileType(), {
      id: String(p.id),
      name: p.name,
      up: formatRate(Number(p.upBps)),
      down: formatRate(Number(p.downBps)),
      upBps: Number(p.upBps),
      downBps: Number(p.downBps),
      price: p.price,
      validity: p.validity,
    });
  }
}

@ObjectType('BandwidthAssignment', { description: 'A speed limit for one MAC on one router (desired state)' })
export class BandwidthAssignmentType {
  @Field(() => ID) id: string;
  @Field(() => ID) routerId: string;
  @Field() routerName: string;
  @Field() macAddress: string;
  @Field(() => ID, { nullable: true }) userId: string | null;
  @Field(() => String, { nullable: true }) username: string | null;
  @Field(() => ID, { nullable: true }) profileId: string | null;
  @Field(() => String, { nullable: true }) profileName: string | null;
  @Field() up: string;
  @Field() down: string;
  @Field(() => Float) upBps: number;
  @Field(() => Float) downBps: number;
  @Field() queueName: string;
  @Field(() => BandwidthStateEnum) state: string;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field(() => Int) attempts: number;
  @Field(() => DateTimeScalar, { nullable: true }) nextAttemptAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) appliedAt: Date | null;
  @Field(() => DateTimeScalar) updatedAt: Date;

  static from(a: BandwidthAssignmentEntity, names: { router: Map<number, string>; user: Map<number, string>; profile: Map<number, string> }): BandwidthAssignmentType {
    return Object.assign(new BandwidthAssignmentType(), {
      id: String(a.id),
      routerId: String(a.routerId),
      routerName: names.router.get(a.routerId) ?? '',
      macAddress: a.macAddress,
      userId: a.userId === null ? null : String(a.userId),
      username: a.userId === null ? null : (names.user.get(a.userId) ?? null),
      profileId: a.profileId === null ? null : String(a.profileId),
      profileName: a.profileId === null ? null : (names.profile.get(a.profileId) ?? null),
      up: formatRate(Number(a.upBps)),
      down: formatRate(Number(a.downBps)),
      upBps: Number(a.upBps),
      downBps: Number(a.downBps),
      queueName: queueName(a.macAddress),
      state: a.state,
      lastError: a.lastError,
      attempts: a.attempts,
      nextAttemptAt: a.nextAttemptAt,
      appliedAt: a.appliedAt,
      updatedAt: a.updatedAt,
    });
  }
}

@ObjectType('ActiveSession', { description: 'A hotspot session on a router now; upload/download from the client side' })
export class ActiveSessionType {
  @Field({ description: "The router's .id of the session" }) id: string;
  @Field({ description: 'Hotspot login name' }) user: string;
  @Field(() => ID, { nullable: true }) userId: string | null;
  @Field(() => String, { nullable: true }) username: string | null;
  @Field() macAddress: string;
  @Field() address: string;
  @Field(() => Int) uptimeSeconds: number;
  @Field(() => BytesScalar) uploadBytes: bigint;
  @Field(() => BytesScalar) downloadBytes: bigint;
  @Field(() => Float, { description: 'bits/s' }) uploadRate: number;
  @Field(() => Float, { description: 'bits/s' }) downloadRate: number;
  @Field(() => String, { nullable: true }) queueName: string | null;
  @Field(() => String, { nullable: true }) limitUp: string | null;
  @Field(() => String, { nullable: true }) limitDown: string | null;
  @Field(() => ID, { nullable: true }) assignmentId: string | null;
  @Field(() => BandwidthStateEnum, { nullable: true }) state: string | null;
  @Field({ description: 'Its user is over its line and held to the throttle speed' }) throttled: boolean;

  static from(s: ActiveSessionView): ActiveSessionType {
    const { agentId: _owner, ...rest } = s;
    return Object.assign(new ActiveSessionType(), {
      ...rest,
      userId: s.userId === null ? null : String(s.userId),
      assignmentId: s.assignmentId === null ? null : String(s.assignmentId),
    });
  }
}
