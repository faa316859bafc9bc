import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Role } from '@tm/shared';
import { actorOf, type Context } from '../../platform/graphql/context';
import { parseId } from '../../platform/graphql/ids';
import { IngestResult, SampleInput } from './usage.inputs';
import type { ServersService } from '../servers';
import type { UsageIngestService } from './usage-ingest.service';

@Authorized(Role.ADMIN)
@Resolver()
export class UsageResolver {
  constructor(
    private readonly serversService: ServersService,
    private readonly usageIngestService: UsageIngestService,
  ) {}

  @Mutation(() => IngestResult, { description: 'Report samples for a server; bad samples are rejected one by one, the rest counted' })
  async reportTraffic(
    @Arg('serverId', () => ID) serverId: string,
    @Arg('samples', () => [SampleInput]) samples: SampleInput[],
    @Ctx() ctx: Context,
  ): Promise<IngestResult> {
    const server = await this.serversService.get(actorOf(ctx), parseId(serverId, 'serverId'));
    return this.usageIngestService.ingest(
      server.id,
      samples.map((s) => ({ id: s.id ?? null, user: s.user, protocol: s.protocol ?? '', up: s.up, down: s.down, at: s.at ? s.at.toISOString() : undefined })),
    );
  }
}
