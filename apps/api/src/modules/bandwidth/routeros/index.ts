export { RouterOsClient } from './routeros-client';
export type { RouterConnectOptions, RosRow } from './routeros-client';
export { RouterError } from './router-error';
export type { RouterErrorKind } from './router-error';
