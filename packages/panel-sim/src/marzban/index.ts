export { MarzbanSimulator, type MarzbanSimulatorOptions } from './simulator';
export type { PanelFlavour, UserStatus as MarzbanUserStatus } from './user-rules';
