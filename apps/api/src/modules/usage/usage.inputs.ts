import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { BytesScalar, DateTimeScalar } from '../../platform/graphql/scalars';

@InputType()
export class SampleInput {
  @Field(() => String, { nullable: true, description: 'Unique per server: a re-sent sample with the same id counts once' }) id?: string | null;
  @Field({ description: 'The user’s username or token' }) user: string;
  @Field(() => String, { nullable: true }) protocol?: string | null;
  @Field(() => BytesScalar) up: bigint;
  @Field(() => BytesScalar) down: bigint;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the traffic happened; default now' }) at?: Date | null;
}

@ObjectType()
export class Rejection {
  @Field(() => Int) index: number;
  @Field() reason: string;
}

@ObjectType()
export class IngestResult {
  @Field(() => Int) accepted: number;
  @Field(() => Int) duplicates: number;
  @Field(() => [Rejection]) rejected: Rejection[];
}
