import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { RateScalar } from '../../platform/graphql/scalars';

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
  @Field(() => RateScalar, { description: 'Bits per second: 512000 or RouterOS form 512K, 2M, 1G' }) up: string | number;
  @Field(() => RateScalar) down: string | number;
  @Field(() => Float, { nullable: true }) price?: number;
  @Field({ nullable: true, description: 'Like 30m, 1h, 2d, 1w' }) validity?: string;
}

@InputType()
export class UpdateSpeedProfileInput {
  @Field({ nullable: true }) name?: string;
  @Field(() => RateScalar, { nullable: true }) up?: string | number;
  @Field(() => RateScalar, { nullable: true }) down?: string | number;
  @Field(() => Float, { nullable: true }) price?: number;
  @Field({ nullable: true }) validity?: string;
}

@InputType({ description: 'Exactly one of userId or macAddress; profileId, or both up and down' })
export class BandwidthLimitInput {
  @Field(() => ID) routerId: string;
  @Field(() => ID, { nullable: true }) userId?: string;
  @Field({ nullable: true }) macAddress?: string;
  @Field(() => ID, { nullable: true }) profileId?: string;
  @Field(() => RateScalar, { nullable: true, description: 'Upload, bits per second: 512000 or 512K, 2M' }) up?: string | number;
  @Field(() => RateScalar, { nullable: true, description: 'Download, bits per second: 2000000 or 2M' }) down?: string | number;
}

@InputType({ description: 'Exactly one of userId or macAddress' })
export class BandwidthTargetInput {
  @Field(() => ID) routerId: string;
  @Field(() => ID, { nullable: true }) userId?: string;
  @Field({ nullable: true }) macAddress?: string;
}
