/** The Vouchers pages: batches of hotspot users made at once. */
import { graphql } from '../generated';

export const VOUCHER_FIELDS = graphql(`
  fragment VoucherFields on Voucher { userId code password status used expiresAt state }
`);

/** A batch with its vouchers (the list shows used / unused; the print page every code). */
export const VOUCHER_BATCH_FIELDS = graphql(`
  fragment VoucherBatchFields on VoucherBatch {
    id agentId agentUsername routerId routerName speedProfile { id name up down } count dataLimit validitySeconds prefix createdAt
    vouchers { ...VoucherFields }
  }
`);

/** The Vouchers page: batches (an agent: its own), and what the generate form picks from. */
export const VOUCHERS_PAGE = graphql(`
  query VouchersPage($agentId: ID) {
    voucherBatches(agentId: $agentId) { ...VoucherBatchFields }
    routers { ...AgentRouterFields }
    speedProfiles { id name up down validity }
  }
`);

export const VOUCHER_BATCHES = graphql(`
  query VoucherBatches($agentId: ID) { voucherBatches(agentId: $agentId) { ...VoucherBatchFields } }
`);

/** NOT_FOUND for another agent's batch. */
export const VOUCHER_BATCH = graphql(`
  query VoucherBatch($id: ID!) { voucherBatch(id: $id) { ...VoucherBatchFields } }
`);

/** All or nothing: LIMIT_EXCEEDED (extensions.remaining / requested, or maxUsers) writes nothing. */
export const GENERATE_VOUCHERS = graphql(`
  mutation GenerateVouchers($input: GenerateVouchersInput!) { generateVouchers(input: $input) { ...VoucherBatchFields } }
`);
