import { MarzbanClient } from './marzban.client';
import type { PanelClient, PanelConfig } from './panel-client';
import { XuiClient } from './xui.client';

export * from './panel-client';

/** The client that speaks this panel kind's API. */
export function createPanelClient(config: PanelConfig): PanelClient {
  return config.kind === 'XUI' ? new XuiClient(config) : new MarzbanClient(config);
}
