/** `GET /panel/api/server/status`: web/service/server.go `Status`, with steady made-up machine numbers and, from v3.1.0, the panel's version. */
import type { XuiContext } from './context';

const startedAt = Date.now();

export function serverStatus(ctx: XuiContext): Record<string, unknown> {
  let up = 0n;
  let down = 0n;
  for (const i of ctx.state.inbounds.values()) {
    up += i.up;
    down += i.down;
  }
  const uptime = Math.floor((Date.now() - startedAt) / 1000);
  return {
    cpu: 3.5,
    cpuCores: 2,
    logicalPro: 2,
    cpuSpeedMhz: 2400,
    mem: { current: 512 * 2 ** 20, total: 2 * 2 ** 30 },
    swap: { current: 0, total: 0 },
    disk: { current: 6 * 2 ** 30, total: 40 * 2 ** 30 },
    xray: { state: 'running', errorMsg: '', version: '25.10.15' },
    // v3.1.0 on (config.GetVersion; "dev+<commit>" on a dev build from v3.5).
    ...(ctx.features.clientsApi ? { panelVersion: ctx.version } : {}),
    uptime,
    loads: [0.12, 0.08, 0.05],
    tcpCount: 42,
    udpCount: 7,
    netIO: { up: 1024, down: 4096 },
    netTraffic: { sent: up, recv: down },
    publicIP: { ipv4: '203.0.113.10', ipv6: 'N/A' },
    appStats: { threads: 12, mem: 48 * 2 ** 20, uptime },
  };
}
