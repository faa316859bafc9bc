/** GraphQL operations of the Vouchers pages. */
import { AGENT_ROUTER_FIELDS } from './bandwidth-documents';

export const VOUCHER_FIELDS = `userId code password status used expiresAt state`;

/** A batch with its vouchers (the list shows used / unused; the print page every code). */
export const VOUCHER_BATCH_FIELDS = `
  id agentId agentUsername routerId routerName speedProfile { id name up down } count dataLimit validitySeconds prefix createdAt
  vouchers { ${VOUCHER_FIELDS} }
`;

/** The Vouchers page: batches (an agent: its own), and what the generate form picks from. */
export const VOUCHERS_PAGE = /* GraphQL */ `
  query VouchersPage($agentId: ID) {
    voucherBatches(agentId: $agentId) { ${VOUCHER_BATCH_FIELDS} }
    routers { ${AGENT_ROUTER_FIELDS} }
    speedProfiles { id name up down validity }
  }
`;

export const VOUCHER_BATCHES = /* GraphQL */ `
  query VoucherBatches($agentId: ID) { voucherBatches(agentId: $agentId) { ${VOUCHER_BATCH_FIELDS} } }
`;

/** NOT_FOUND for another agent's batch. */
export const VOUCHER_BATCH = /* GraphQL */ `
  query VoucherBatch($id: ID!) { voucherBatch(id: $id) { ${VOUCHER_BATCH_FIELDS} } }
`;

/** All or nothing: LIMIT_EXCEEDED (extensions.remaining / requested, or maxUsers) writes nothing. */
export const GENERATE_VOUCHERS = /* GraphQL */ `
  mutation GenerateVouchers($input: GenerateVouchersInput!) { generateVouchers(input: $input) { ${VOUCHER_BATCH_FIELDS} } }
`;
