export { RouterOsSimulator } from './simulator';
export type { SimOptions } from './simulator';
export type { SimQueue } from './queues';
export type { SimSession, NewSession } from './hotspot';
export { encodeSentence, encodeLength, SentenceReader, WireProtocolError } from './wire';
export { formatDuration, parseRate, parseRatePair } from './ros-values';
export { startControlApi } from './control-api';
export type { ControlApi } from './control-api';
