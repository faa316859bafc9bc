import type { ResetScope } from '@tm/shared';

/*
 * What resets need from the panels we're connected to (connectors module, which sits above this one).
 * The container plugs the real one in; without it, resets touch only our own counters.
 */

/** One change pushed to a panel for a reset, with the panel's answer (kept in the reset's audit). */
export interface PanelPushView {
  connectorId: number;
  connectorName: string;
  /** RESET, RESET_ALL or DELETE. */
  action: string;
  /** The panel's username / client email; null for a whole inbound or panel. */
  panelKey: string | null;
  /** 3x-ui inbound id; '' for the whole panel. */
  inbound: string | null;
  ok: boolean;
  /** The panel's HTTP status; null when it couldn't be reached. */
  status: number | null;
  message: string;
}

export interface ResetPanels {
  /**
   * Before our counters are zeroed: each panel the reset covers is read (its bytes counted up to now),
   * then its counters are reset there. Never throws for a panel's refusal: the answers say.
   */
  beforeReset(scope: ResetScope, targetId: number | null): Promise<PanelPushView[]>;
  /** A reset that went ahead although some panels refused (a schedule or billing cycle): those are pushed again by their next poll. */
  deferFailed(scope: ResetScope, targetId: number | null, failed: PanelPushView[]): Promise<void>;
  /** After depleted users were deleted here: deleted in the panels whose connector says so. */
  afterDeleted(userIds: number[], serverId: number | null): Promise<PanelPushView[]>;
}
