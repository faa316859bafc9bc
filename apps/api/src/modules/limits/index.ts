export { LimitsService } from './limits.service';
export { LimitsResolver } from './limits.resolver';
export { agentTraffic, type AgentTraffic } from './agent-traffic.policy';
