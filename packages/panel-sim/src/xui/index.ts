export { XuiSimulator, type XuiSimulatorOptions } from './xui-simulator';
export type { XuiClientTraffic, XuiInbound } from './models';
