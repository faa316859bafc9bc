/** Users: the lists, the forms, one user, and their live changes. */
import { graphql } from '../generated';

export const USER_FIELDS = graphql(`
  fragment UserFields on User {
    id username token agentId agentUsername status dataLimit used up down lifetime expiresAt macAddress createdAt
    resetStrategy billingDay timeZone nextResetAt lastResetAt overLimitAction throttleProfileId throttled
  }
`);

export const USERS = graphql(`
  query Users($filter: UserFilter, $first: Int, $after: String) {
    users(filter: $filter, first: $first, after: $after) {
      nodes { ...UserFields }
      totalCount
      pageInfo { endCursor hasNextPage }
    }
  }
`);

export const USER = graphql(`
  query User($id: ID!) { user(id: $id) { ...UserFields } }
`);

/** A few users for a search-as-you-type picker. */
export const USER_SEARCH = graphql(`
  query UserSearch($search: String, $first: Int) {
    users(filter: { search: $search }, first: $first) { nodes { id username agentUsername status used dataLimit } totalCount }
  }
`);

export const CREATE_USER = graphql(`
  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { ...UserFields } }
`);

export const UPDATE_USER = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { ...UserFields } }
`);

export const DELETE_USER = graphql(`
  mutation DeleteUser($id: ID!) { deleteUser(id: $id) }
`);

export const USER_CHANGED = graphql(`
  subscription UserChanged($agentId: ID) {
    userChanged(agentId: $agentId) { kind userId user { ...UserFields } }
  }
`);

/** Statuses enforcement changed (suspended, limited, expired, resumed), one message per check. */
export const USER_STATUS_CHANGED = graphql(`
  subscription UserStatusChanged { userStatusChanged { userId agentId from to reason } }
`);
