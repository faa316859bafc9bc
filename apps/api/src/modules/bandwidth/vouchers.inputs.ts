import { Field, ID, InputType, Int } from 'type-graphql';
import { BytesScalar } from '../../platform/graphql/scalars';

@InputType({ description: 'A batch of hotspot vouchers: users named prefix + a random code, each a hotspot login on the router' })
export class GenerateVouchersInput {
  @Field(() => ID) routerId: string;
  @Field(() => ID, { nullable: true, description: 'Admins: the agent that owns them (absent = admin-owned); an agent: itself' }) agentId?: string | null;
  @Field(() => Int, { description: '1–1000' }) count: number;
  @Field(() => ID, { nullable: true, description: 'Speed of each voucher’s session (and its validity when none is given)' }) speedProfileId?: string | null;
  @Field(() => BytesScalar, { nullable: true, description: 'Each voucher’s data limit; null = unlimited (not for an agent with a limit)' }) dataLimit?: bigint | null;
  @Field(() => String, { nullable: true, description: 'Like 30m, 12h, 30d, 1w, counted from each voucher’s first login; absent = the speed profile’s' }) validity?: string | null;
  @Field(() => String, { nullable: true, defaultValue: '', description: '0–8 lower-case letters or digits' }) prefix?: string | null;
  @Field(() => Int, { nullable: true, defaultValue: 8, description: 'Random characters after the prefix: 4–16' }) codeLength?: number | null;
}
