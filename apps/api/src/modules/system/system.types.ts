import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../platform/graphql/scalars';

@ObjectType('JobInfo')
export class JobInfoType {
  @Field() name: string;
  @Field(() => String, { nullable: true }) repeatInterval: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) nextRunAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) lastRunAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) lastFinishedAt: Date | null;
  @Field(() => Int) failCount: number;
  @Field(() => String, { nullable: true }) failReason: string | null;
}

@ObjectType('SystemInfo')
export class SystemInfoType {
  @Field() version: string;
  @Field({ description: 'sqlite or mysql' }) database: string;
  @Field({ description: 'typeorm (embedded) or mongo' }) jobsBackend: string;
  @Field({ description: 'memory or redis' }) pubsub: string;
  @Field(() => Int) uptimeSeconds: number;
  @Field(() => [JobInfoType]) jobs: JobInfoType[];
}
