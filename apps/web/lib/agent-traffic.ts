import { AGENTS_TRAFFIC } from './graphql/documents/accounts';
import { serverGqlResult } from './graphql/server';
import type { AgentTraffic } from './graphql/models';
import { byAgent } from './quota';

/** agentsTraffic from a server component; an empty record when the API can't answer (the page still shows). */
export async function fetchAgentTraffic(): Promise<Record<string, AgentTraffic>> {
  const r = await serverGqlResult(AGENTS_TRAFFIC);
  return r.ok ? byAgent(r.data.agentsTraffic) : {};
}
