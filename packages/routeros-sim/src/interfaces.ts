/**
 * `/interface`: the router's own ports (static, always up) and one dynamic interface per PPP session,
 * named `<pppoe-NAME>`, type pppoe-in, MTU 1480, present exactly while the session is in `/ppp/active`.
 * Counters are seen from the router: rx = received on that interface (for pppoe-in: the client's upload).
 */
import { PppActiveTable } from './ppp-active';
import { formatBool, formatDateTime } from './ros-values';

export interface SimInterface {
  id: string;
  name: string;
  type: string;
  dynamic: boolean;
  running: boolean;
  disabled: boolean;
  rxByte: bigint;
  txByte: bigint;
  rxPacket: bigint;
  txPacket: bigint;
  comment?: string;
}

const PORTS = [
  { id: '*1', name: 'ether1', mac: '0C:00:00:00:00:01' },
  { id: '*2', name: 'ether2', mac: '0C:00:00:00:00:02' },
];

export class InterfaceTable {
  constructor(
    private readonly ppp: PppActiveTable,
    private readonly bootedAt: () => number,
    private readonly version: () => string,
  ) {}

  snapshot(): SimInterface[] {
    const ports: SimInterface[] = PORTS.map((p) => ({
      id: p.id, name: p.name, type: 'ether', dynamic: false, running: true, disabled: false,
      rxByte: 0n, txByte: 0n, rxPacket: 0n, txPacket: 0n,
    }));
    const dynamic: SimInterface[] = this.ppp.all().map((s) => ({
      id: s.interfaceId, name: s.interfaceName, type: `${s.service}-in`, dynamic: true, running: true, disabled: false,
      rxByte: s.up, txByte: s.down, rxPacket: s.packetsUp, txPacket: s.packetsDown,
    }));
    return [...ports, ...dynamic];
  }

  rows(): Record<string, string>[] {
    const upSince = new Map(this.ppp.all().map((s) => [s.interfaceId, s.startedAt]));
    return this.snapshot().map((i) => {
      const isPort = !i.dynamic;
      const row: Record<string, string> = { '.id': i.id, name: i.name };
      const port = PORTS.find((p) => p.id === i.id);
      if (port) row['default-name'] = port.name;
      Object.assign(row, {
        type: i.type, mtu: isPort ? '1500' : '1480', 'actual-mtu': isPort ? '1500' : '1480',
      });
      if (port) Object.assign(row, { l2mtu: '1514', 'max-l2mtu': '9796', 'mac-address': port.mac });
      Object.assign(row, {
        'last-link-up-time': formatDateTime(upSince.get(i.id) ?? this.bootedAt(), this.version()), 'link-downs': '0',
        'rx-byte': String(i.rxByte), 'tx-byte': String(i.txByte), 'rx-packet': String(i.rxPacket),
        'tx-packet': String(i.txPacket), 'rx-drop': '0', 'tx-drop': '0', 'tx-queue-drop': '0', 'rx-error': '0',
        'tx-error': '0', running: formatBool(i.running), slave: formatBool(false), dynamic: formatBool(i.dynamic),
        disabled: formatBool(i.disabled),
      });
      if (i.comment !== undefined) row.comment = i.comment;
      return row;
    });
  }
}
