import { Field, InputType, Int } from 'type-graphql';
import { ConnectorKind } from '@tm/shared';

@InputType()
export class CreateConnectorInput {
  @Field() name: string;
  @Field(() => ConnectorKind) kind: ConnectorKind;
  @Field({ description: 'http(s)://host:port, and for 3x-ui its web base path: https://panel.example.com:2053/x7Kq2' }) url: string;
  @Field(() => String, { nullable: true }) username?: string | null;
  @Field(() => String, { nullable: true }) password?: string | null;
  @Field(() => String, { nullable: true, description: '3x-ui two-factor: the TOTP secret (base32) the panel shows; each login’s code is derived from it' }) totpSecret?: string | null;
  @Field(() => String, { nullable: true, description: 'An API token, where the panel has them (3x-ui v3): used instead of username and password' }) apiToken?: string | null;
  @Field(() => Int, { nullable: true, defaultValue: 60, description: 'Seconds between polls (10 – 86400)' }) pollSeconds?: number;
  @Field({ nullable: true, defaultValue: false, description: 'Our deletion of depleted users deletes them in the panel too' }) deleteDepleted?: boolean;
}

@InputType()
export class UpdateConnectorInput {
  @Field({ nullable: true }) name?: string;
  @Field({ nullable: true }) url?: string;
  @Field({ nullable: true }) username?: string;
  @Field({ nullable: true, description: 'Omitted or empty: unchanged' }) password?: string;
  @Field(() => String, { nullable: true, description: 'Omitted or empty: unchanged; null: removed' }) totpSecret?: string | null;
  @Field(() => String, { nullable: true, description: 'Omitted or empty: unchanged; null: removed' }) apiToken?: string | null;
  @Field(() => Int, { nullable: true }) pollSeconds?: number;
  @Field({ nullable: true }) deleteDepleted?: boolean;
}
