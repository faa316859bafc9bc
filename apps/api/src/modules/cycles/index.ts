// Reset cycles: the billing rhythm agents and users share (strategy, billing day, zone, next reset).
export { ResetCycleColumns } from './reset-cycle.columns';
export { cyclePatch } from './reset-cycle.patch';
export { cycleInputSchema, mergeCycle, nextCycleReset, sameCycle, timeZoneSchema, type Cycle, type CycleInput } from './reset-cycle.policy';
export { ResetCycleInput, WithResetCycle, cycleFields, cycleInputOf, serializeCycle, type SerializedCycle } from './reset-cycle.types';
