/** What the route handlers need from the simulator. */
import type { LoginLimiter, SessionStore } from './auth';
import type { XuiMessages } from './messages';
import type { XuiState } from './state';
import type { XuiFeatures } from './versions';

export interface XuiContext {
  readonly major: 2 | 3;
  readonly version: string;
  /** What this version does differently (versions.ts). */
  readonly features: XuiFeatures;
  /** The English texts of this version. */
  readonly msg: XuiMessages;
  /** The panel's webBasePath: leading and trailing slash, e.g. `/x7Kq2pQ/`. */
  readonly panelBasePath: string;
  readonly username: string;
  readonly password: string;
  readonly totpSecret: string | null;
  readonly apiToken: string | null;
  readonly state: XuiState;
  readonly sessions: SessionStore;
  readonly limiter: LoginLimiter;
  /** Whether `getPanelUpdateInfo` can reach GitHub (it answers success:false when it can't). */
  updateCheckOnline: boolean;
}
