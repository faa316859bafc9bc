/** The system page: version and jobs, settings, API keys. */
import { graphql } from '../generated';

export const SETTINGS_FIELDS = graphql(`
  fragment SettingsFields on Settings {
    trackingEnabled retentionDays enforcementIntervalMinutes alertWebhookUrl alertWebhookSecretSet agentsCanResetUsers timeZone
  }
`);

export const API_KEY_FIELDS = graphql(`
  fragment ApiKeyFields on ApiKey { id name prefix createdAt lastUsedAt revokedAt }
`);

export const SYSTEM = graphql(`
  query System {
    systemInfo {
      version database jobsBackend pubsub uptimeSeconds
      jobs { name repeatInterval nextRunAt lastRunAt lastFinishedAt failCount failReason }
    }
  }
`);

export const SETTINGS = graphql(`
  query Settings { settings { ...SettingsFields } }
`);

export const UPDATE_SETTINGS = graphql(`
  mutation UpdateSettings($input: SettingsInput!) { updateSettings(input: $input) { ...SettingsFields } }
`);

export const API_KEYS = graphql(`
  query ApiKeys { apiKeys { ...ApiKeyFields } }
`);

export const CREATE_API_KEY = graphql(`
  mutation CreateApiKey($name: String!) {
    createApiKey(name: $name) { secret apiKey { ...ApiKeyFields } }
  }
`);

export const REVOKE_API_KEY = graphql(`
  mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) }
`);
