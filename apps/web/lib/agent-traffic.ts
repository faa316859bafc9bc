import { agentTrafficBatch } from './graphql/documents';
import { serverGqlResult } from './graphql/server';
import type { AgentTraffic } from './graphql/types';

const CHUNK = 20;

/**
 * agentTraffic for many agents, aliased into a few requests (kept small for the API's
 * complexity limit). Agents the API can't answer for are simply missing.
 */
export async function fetchAgentTraffic(agentIds: string[]): Promise<Record<string, AgentTraffic>> {
  const chunks: string[][] = [];
  for (let i = 0; i < Math.min(agentIds.length, 200); i += CHUNK) chunks.push(agentIds.slice(i, i + CHUNK));
  const results = await Promise.all(
    chunks.map((ids) =>
      serverGqlResult<Record<string, AgentTraffic | null>>(
        agentTrafficBatch(ids.length),
        Object.fromEntries(ids.map((id, i) => [`a${i}`, id])),
      ).then((r) => ({ ids, r })),
    ),
  );
  const out: Record<string, AgentTraffic> = {};
  for (const { ids, r } of results) {
    if (!r.ok) continue;
    ids.forEach((id, i) => {
      const t = r.data[`t${i}`];
      if (t) out[id] = t;
    });
  }
  return out;
}
