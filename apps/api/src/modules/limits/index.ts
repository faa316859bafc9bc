export { LimitsService } from './limits.service';
export { LimitsResolver } from './limits.resolver';
export { EnforcementService, type EnforcementScope, type EnforcementResult } from './enforcement.service';
export { agentTraffic, type AgentTraffic } from './agent-traffic.policy';
export { agentTrafficRoutes } from './limits.rest';
export { reserveBatchGrant, reserveGrant } from './quota.guard';
