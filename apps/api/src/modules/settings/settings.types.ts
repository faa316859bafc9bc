import { Field, InputType, Int, ObjectType } from 'type-graphql';
import type { Settings } from './settings.policy';

@ObjectType('Settings')
export class SettingsType {
  @Field({ description: 'When off, traffic sources are told to retry later and nothing is counted' }) trackingEnabled: boolean;
  @Field(() => Int, { description: 'Days raw samples are kept; 0 = forever. Hourly rollups are kept forever.' }) retentionDays: number;
  @Field(() => Int, { description: 'Minutes between checks of every agent against its limit (each ingest also checks what it moved)' })
  enforcementIntervalMinutes: number;
  @Field(() => String, { nullable: true, description: 'Alerts are POSTed here, signed with HMAC-SHA256; null = off' }) alertWebhookUrl: string | null;
  @Field({ description: 'Whether a signing secret is set (the secret itself is never returned)' }) alertWebhookSecretSet: boolean;
  @Field({ description: 'Whether agents may reset their own users’ period usage (never their own charged usage)' }) agentsCanResetUsers: boolean;
  @Field({ description: 'IANA time zone given to new users, agents and reset schedules when none is set' }) timeZone: string;

  static from(s: Settings): SettingsType {
    return Object.assign(new SettingsType(), {
      trackingEnabled: s.trackingEnabled,
      retentionDays: s.retentionDays,
      enforcementIntervalMinutes: s.enforcementIntervalMinutes,
      alertWebhookUrl: s.alertWebhookUrl,
      alertWebhookSecretSet: s.alertWebhookSecret !== null,
      agentsCanResetUsers: s.agentsCanResetUsers,
      timeZone: s.timeZone,
    });
  }
}

@InputType()
export class SettingsInput {
  @Field({ nullable: true }) trackingEnabled?: boolean;
  @Field(() => Int, { nullable: true }) retentionDays?: number;
  @Field(() => Int, { nullable: true }) enforcementIntervalMinutes?: number;
  @Field(() => String, { nullable: true, description: 'Empty string or null turns the webhook off' }) alertWebhookUrl?: string | null;
  @Field(() => String, { nullable: true, description: 'Write-only; empty string or null removes it' }) alertWebhookSecret?: string | null;
  @Field({ nullable: true }) agentsCanResetUsers?: boolean;
  @Field(() => String, { nullable: true }) timeZone?: string;
}
