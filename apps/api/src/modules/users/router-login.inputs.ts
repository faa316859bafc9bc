import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { RouterLoginKind } from '@tm/shared';

registerEnumType(RouterLoginKind, { name: 'RouterLoginKind', description: 'HOTSPOT: /ip/hotspot/user; PPP: /ppp/secret' });

@InputType({ description: 'A login on a router for the new user, named as the user' })
export class RouterLoginInput {
  @Field(() => ID) routerId: string;
  @Field(() => RouterLoginKind, { nullable: true, defaultValue: RouterLoginKind.HOTSPOT }) kind?: RouterLoginKind;
  @Field(() => String, { nullable: true, description: '1–64 printable characters; absent = 8 generated characters' }) password?: string | null;
  @Field(() => String, { nullable: true, description: "The router's own profile (hotspot user profile or PPP profile); absent = default" }) routerProfile?: string | null;
  @Field(() => ID, { nullable: true, description: 'Our speed profile: a queue at its speed follows the login’s session' }) speedProfileId?: string | null;
}
