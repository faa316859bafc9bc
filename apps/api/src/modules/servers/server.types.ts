import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { BytesScalar, DateTimeScalar } from '../../platform/graphql/scalars';
import type { ServerEntity } from './server.entity';

export enum ServerKindEnum {
  WEBHOOK = 'WEBHOOK',
  ROUTEROS = 'ROUTEROS',
  MARZBAN = 'MARZBAN',
  PASARGUARD = 'PASARGUARD',
  XUI = 'XUI',
}
registerEnumType(ServerKindEnum, { name: 'ServerKind' });

export enum ServerStatusEnum {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}
registerEnumType(ServerStatusEnum, { name: 'ServerStatus' });

@ObjectType('Server')
export class ServerType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ServerKindEnum) kind: string;
  @Field(() => ServerStatusEnum) status: string;
  @Field({ description: 'The first characters of the ingest token' }) tokenPrefix: string;
  @Field(() => BytesScalar, { description: 'Period usage through this server' }) up: bigint;
  @Field(() => BytesScalar) down: bigint;
  @Field(() => BytesScalar, { description: 'Bytes ever counted through this server; never decreases' }) lifetime: bigint;
  @Field(() => BytesScalar) samples: bigint;
  @Field(() => DateTimeScalar, { nullable: true }) lastSeenAt: Date | null;
  @Field(() => DateTimeScalar) createdAt: Date;

  static from(s: ServerEntity): ServerType {
    return Object.assign(new ServerType(), {
      id: String(s.id),
      name: s.name,
      kind: s.kind,
      status: s.status,
      tokenPrefix: s.tokenPrefix,
      up: s.upBytes,
      down: s.downBytes,
      lifetime: s.lifetimeBytes,
      samples: s.samplesCount,
      lastSeenAt: s.lastSeenAt,
      createdAt: s.createdAt,
    });
  }
}

@ObjectType()
export class ServerWithToken {
  @Field(() => ServerType) server: ServerType;
  @Field({ description: 'The ingest token (X-Server-Token); shown once' }) token: string;
}

@InputType()
export class CreateServerInput {
  @Field() name: string;
  @Field(() => ServerKindEnum, { nullable: true, defaultValue: ServerKindEnum.WEBHOOK }) kind?: ServerKindEnum;
}

@InputType()
export class UpdateServerInput {
  @Field({ nullable: true }) name?: string;
  @Field(() => ServerStatusEnum, { nullable: true }) status?: ServerStatusEnum;
}
