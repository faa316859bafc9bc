import { Field, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('Settings')
export class SettingsType {
  @Field({ description: 'When off, traffic sources are told to retry later and nothing is counted' }) trackingEnabled: boolean;
  @Field(() => Int, { description: 'Days raw samples are kept; 0 = forever. Hourly rollups are kept forever.' }) retentionDays: number;
}

@InputType()
export class SettingsInput {
  @Field({ nullable: true }) trackingEnabled?: boolean;
  @Field(() => Int, { nullable: true }) retentionDays?: number;
}
