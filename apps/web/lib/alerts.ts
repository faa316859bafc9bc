import { UNACKNOWLEDGED_ALERTS } from './graphql/documents/alerts';
import { serverGqlResult } from './graphql/server';

/** For the sidebar badge; null when the API can't say (the badge is then left out). */
export async function unacknowledgedAlerts(): Promise<number | null> {
  const r = await serverGqlResult(UNACKNOWLEDGED_ALERTS);
  return r.ok ? r.data.unacknowledgedAlerts : null;
}
