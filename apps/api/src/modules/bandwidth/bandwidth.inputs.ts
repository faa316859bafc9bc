import { Field, Float, ID, InputType, Int } from 'type-graphql';

@InputType()
export class CreateRouterInput {
  @Field() name: string;
  @Field() host: string;
  @Field(() => Int, { nullable: true, description: 'Default 8728, or 8729 with tls' }) port?: number;
  @Field() username: string;
  @Field() password: string;
  @Field({ nullable: true, defaultValue: false }) tls?: boolean;
}

@InputType()
export class UpdateRouterInput {
  @Field({ nullable: true }) name?: string;
  @Field({ nullable: true }) host?: string;
  @Field(() => Int, { nullable: true }) port?: number;
  @Field({ nullable: true }) username?: string;
  @Field({ nullable: true, description: 'Omitted or empty: unchanged' }) password?: string;
  @Field({ nullable: true }) tls?: boolean;
}

@InputType()
export class SpeedProfileInput {
  @Field() name: string;
  @Field({ description: 'RouterOS form: 512K, 2M, 1G' }) up: string;
  @Field() down: string;
  @Field(() => Float, { nullable: true }) price?: number;
  @Field({ nullable: true, description: 'Like 30m, 1h, 2d, 1w' }) validity?: string;
}

@InputType()
export class UpdateSpeedProfileInput {
  @Field({ nullable: true }) name?: string;
  @Field({ nullable: true }) up?: string;
  @Field({ nullable: true }) down?: string;
  @Field(() => Float, { nullable: true }) price?: number;
  @Field({ nullable: true }) validity?: string;
}

@InputType({ description: 'Exactly one of userId or macAddress; profileId, or both up and down' })
export class BandwidthLimitInput {
  @Field(() => ID) routerId: string;
  @Field(() => ID, { nullable: true }) userId?: string;
  @Field({ nullable: true }) macAddress?: string;
  @Field(() => ID, { nullable: true }) profileId?: string;
  @Field({ nullable: true, description: 'Upload, RouterOS form: 512K, 2M' }) up?: string;
  @Field({ nullable: true, description: 'Download, RouterOS form' }) down?: string;
}

@InputType({ description: 'Exactly one of userId or macAddress' })
export class BandwidthTargetInput {
  @Field(() => ID) routerId: string;
  @Field(() => ID, { nullable: true }) userId?: string;
  @Field({ nullable: true }) macAddress?: string;
}
