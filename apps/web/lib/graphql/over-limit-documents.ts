/** What users get over their line: the agents' choices, for "as agent" in the users pages. */

/** Agents with their over-limit choice: the users pages show what "as agent" means (ADMIN). */
export const AGENT_CHOICES = /* GraphQL */ `
  query AgentChoices { agents { id username status overLimitAction throttleProfileId } }
`;

/** The signed-in agent's own over-limit choice (set by admins), for its users' "as agent". */
export const MY_CHOICE = /* GraphQL */ `
  query MyChoice { me { id username status overLimitAction throttleProfileId } }
`;
