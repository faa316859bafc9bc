/** What the route handlers need from the simulator. */
import type { LoginLimiter, SessionStore } from './auth';
import type { XuiState } from './state';

export interface XuiContext {
  readonly major: 2 | 3;
  readonly version: string;
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
