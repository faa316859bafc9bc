import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../platform/graphql/context';
import { parseId, parseOptionalId } from '../../platform/graphql/ids';
import { GenerateVouchersInput } from './vouchers.inputs';
import { VoucherBatchType, VoucherType } from './vouchers.types';
import type { VouchersService } from './vouchers.service';

@Authorized()
@Resolver(() => VoucherBatchType)
export class VouchersResolver {
  constructor(private readonly vouchersService: VouchersService) {}

  @Mutation(() => VoucherBatchType, {
    description:
      'N users with hotspot logins at once; the whole batch fits the agent’s quota (count × dataLimit) and max users, or nothing is made (LIMIT_EXCEEDED with remaining). Download: GET /api/v1/vouchers/<id>.csv',
  })
  async generateVouchers(@Arg('input', () => GenerateVouchersInput) input: GenerateVouchersInput, @Ctx() ctx: Context): Promise<VoucherBatchType> {
    const view = await this.vouchersService.generate(actorOf(ctx), {
      routerId: parseId(input.routerId, 'routerId'),
      agentId: parseOptionalId(input.agentId, 'agentId'),
      count: input.count,
      speedProfileId: parseOptionalId(input.speedProfileId, 'speedProfileId'),
      dataLimit: input.dataLimit ?? null,
      validity: input.validity ?? undefined,
      prefix: input.prefix ?? undefined,
      codeLength: input.codeLength ?? undefined,
    });
    return VoucherBatchType.from(view);
  }

  @Query(() => [VoucherBatchType], { description: 'Voucher batches, newest first; an agent gets its own' })
  async voucherBatches(@Ctx() ctx: Context, @Arg('agentId', () => ID, { nullable: true }) agentId?: string | null): Promise<VoucherBatchType[]> {
    return (await this.vouchersService.list(actorOf(ctx), parseOptionalId(agentId, 'agentId'))).map(VoucherBatchType.from);
  }

  @Query(() => VoucherBatchType, { nullable: true, description: 'NOT_FOUND for another agent’s batch' })
  async voucherBatch(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<VoucherBatchType | null> {
    return VoucherBatchType.from(await this.vouchersService.get(actorOf(ctx), parseId(id)));
  }

  @FieldResolver(() => [VoucherType])
  async vouchers(@Root() batch: VoucherBatchType, @Ctx() ctx: Context): Promise<VoucherType[]> {
    return (await this.vouchersService.vouchers(actorOf(ctx), Number(batch.id))).map(VoucherType.from);
  }
}
