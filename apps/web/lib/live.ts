import type { Session } from 'next-auth';
import type { LiveConfig } from '@/components/live/useSubscription';
import { webConfig } from './config';

/** What the browser needs for graphql-ws: the session's API token and where the API listens. */
export function liveConfig(session: Session): LiveConfig {
  const c = webConfig();
  return { token: session.accessToken, wsUrl: c.wsUrl, apiPort: c.apiPort };
}
