/** Sign-in, the signed-in account, agents and their standing (operation names from API.md). */
import { graphql } from '../generated';

export const ACCOUNT_FIELDS = graphql(`
  fragment AccountFields on Account {
    id username role status trafficLimit maxUsers quotaMode userCount createdAt lastLoginAt
    resetStrategy billingDay timeZone nextResetAt lastResetAt overLimitAction throttleProfileId
  }
`);

export const TRAFFIC_FIELDS = graphql(`
  fragment TrafficFields on AgentTraffic {
    agentId username status limit quotaMode charged allocated remaining lifetime percent exceeded soldOut
    maxUsers users userSlotsLeft activeUsers suspendedUsers limitedUsers expiredUsers disabledUsers
  }
`);

/** Counts of users by status (scoped by the API: an agent counts its own). */
export const USER_COUNTS = graphql(`
  fragment UserCounts on Query {
    total: users(first: 1) { totalCount }
    active: users(first: 1, filter: { status: ACTIVE }) { totalCount }
    disabled: users(first: 1, filter: { status: DISABLED }) { totalCount }
    limited: users(first: 1, filter: { status: LIMITED }) { totalCount }
    expired: users(first: 1, filter: { status: EXPIRED }) { totalCount }
    suspended: users(first: 1, filter: { status: SUSPENDED }) { totalCount }
  }
`);

export const LOGIN = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) { token expiresAt account { id username role } }
  }
`);

/** The signed-in account changes its own password (any role). */
export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const ADMIN_DASHBOARD = graphql(`
  query AdminDashboard {
    agents { ...AccountFields }
    ...UserCounts
  }
`);

export const AGENT_DASHBOARD = graphql(`
  query AgentDashboard {
    me { ...AccountFields }
    ...UserCounts
  }
`);

export const AGENT_TRAFFIC = graphql(`
  query AgentTraffic($agentId: ID!) { agentTraffic(agentId: $agentId) { ...TrafficFields } }
`);

/** Every agent's standing (ADMIN), in one round trip. */
export const AGENTS_TRAFFIC = graphql(`
  query AgentsTraffic { agentsTraffic { ...TrafficFields } }
`);

/** The agents page: accounts (for editing) and their standing, in one request. */
export const AGENTS_WITH_TRAFFIC = graphql(`
  query AgentsWithTraffic {
    agents { ...AccountFields }
    agentsTraffic { ...TrafficFields }
  }
`);

/** Enforce one agent's limit now (suspend / resume its users) and return its standing. */
export const CHECK_AGENT = graphql(`
  mutation CheckAgent($agentId: ID!) { checkAgent(agentId: $agentId) { ...TrafficFields } }
`);

export const CHECK_ALL_AGENTS = graphql(`
  mutation CheckAllAgents { checkAllAgents { ...TrafficFields } }
`);

export const CREATE_AGENT = graphql(`
  mutation CreateAgent($input: CreateAgentInput!) { createAgent(input: $input) { ...AccountFields } }
`);

export const UPDATE_AGENT = graphql(`
  mutation UpdateAgent($id: ID!, $input: UpdateAgentInput!) { updateAgent(id: $id, input: $input) { ...AccountFields } }
`);

export const SET_AGENT_TRAFFIC_LIMIT = graphql(`
  mutation SetAgentTrafficLimit($agentId: ID!, $limit: Bytes) {
    setAgentTrafficLimit(agentId: $agentId, limit: $limit) { ...AccountFields }
  }
`);

export const AGENT_OPTIONS = graphql(`
  query AgentOptions { agents { id username status } }
`);

/** Agents with their over-limit choice: the users pages show what "as agent" means (ADMIN). */
export const AGENT_CHOICES = graphql(`
  query AgentChoices { agents { ...AgentChoiceFields } }
`);

/** The signed-in agent's own over-limit choice (set by admins), for its users' "as agent". */
export const MY_CHOICE = graphql(`
  query MyChoice { me { ...AgentChoiceFields } }
`);

/** What users get over their line: the agents' choices, for "as agent" in the users pages. */
export const AGENT_CHOICE_FIELDS = graphql(`
  fragment AgentChoiceFields on Account { id username status overLimitAction throttleProfileId }
`);
