import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../platform/graphql/scalars';
import { RouterLoginKind, UserStatus } from '@tm/shared';
import type { ImportResult, RouterLoginView } from './router-users.service';

@ObjectType('RouterLogin', { description: 'A hotspot user or PPP secret on a router that belongs to one of our users' })
export class RouterLoginType {
  @Field(() => ID) id: string;
  @Field(() => ID) routerId: string;
  @Field() routerName: string;
  @Field(() => RouterLoginKind) kind: string;
  @Field({ description: 'The login name: the user’s username' }) name: string;
  @Field(() => ID) userId: string;
  @Field() username: string;
  @Field(() => UserStatus) userStatus: string;
  @Field({ description: 'Over its line and kept online at a throttle speed' }) throttled: boolean;
  @Field({ description: 'We disabled it on the router (cut off)' }) held: boolean;
  @Field({ description: 'We created it and keep it on the router (false: an imported login we only link to)' }) managed: boolean;
  @Field(() => String, { nullable: true, description: 'The password we gave a login we manage' }) password: string | null;
  @Field(() => String, { nullable: true }) routerProfile: string | null;
  @Field(() => ID, { nullable: true }) speedProfileId: string | null;
  @Field({ description: 'PENDING (not tried yet), PRESENT, MISSING or FAILED (see lastError)' }) state: string;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field(() => ID, { nullable: true, description: 'The voucher batch that made it' }) batchId: string | null;
  @Field(() => DateTimeScalar, { description: 'When its state on the router last changed: for a held login, since when it is cut off' }) updatedAt: Date;

  static from(v: RouterLoginView): RouterLoginType {
    const l = v.login;
    return Object.assign(new RouterLoginType(), {
      id: String(l.id),
      routerId: String(l.routerId),
      routerName: v.routerName,
      kind: l.kind,
      name: l.name,
      userId: String(l.userId),
      username: v.username,
      userStatus: v.userStatus,
      throttled: v.throttled,
      held: l.held,
      managed: l.passwordEnc !== null,
      password: v.password,
      routerProfile: l.routerProfile,
      speedProfileId: l.speedProfileId === null ? null : String(l.speedProfileId),
      state: l.state,
      lastError: l.lastError,
      batchId: l.batchId === null ? null : String(l.batchId),
      updatedAt: l.updatedAt,
    });
  }
}

@ObjectType('RouterUserImportError')
export class RouterUserImportErrorType {
  @Field() name: string;
  @Field() reason: string;
}

@ObjectType('RouterUserImport', { description: 'What importRouterUsers did with each login on the router' })
export class RouterUserImportType {
  @Field(() => Int, { description: 'New users created' }) imported: number;
  @Field(() => Int, { description: 'Existing users of the same owner linked to their login' }) linked: number;
  @Field(() => Int, { description: 'Already linked: nothing to do' }) unchanged: number;
  @Field(() => Int, { description: 'Refused (see errors)' }) skipped: number;
  @Field(() => [RouterUserImportErrorType]) errors: RouterUserImportErrorType[];

  static from(r: ImportResult): RouterUserImportType {
    return Object.assign(new RouterUserImportType(), r);
  }
}
