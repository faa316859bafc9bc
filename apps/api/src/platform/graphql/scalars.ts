import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { parseBytes } from '@tm/shared';

export { GraphQLDateTime as DateTimeScalar, GraphQLJSON as JSONScalar } from 'graphql-scalars';

const invalid = (value: unknown) =>
  new GraphQLError(`Bytes must be a non-negative 64-bit integer, got ${JSON.stringify(String(value)).slice(0, 40)}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });

/** Byte counts: non-negative 64-bit integers, sent as decimal strings, accepted as strings or JSON integers. */
export const BytesScalar = new GraphQLScalarType<bigint, string>({
  name: 'Bytes',
  description: 'A non-negative 64-bit byte count, serialized as a decimal string. 1 GB = 1073741824.',
  serialize(value) {
    if (typeof value === 'bigint' || typeof value === 'number' || typeof value === 'string') return String(value);
    throw new GraphQLError('Bytes cannot represent this value');
  },
  parseValue(value) {
    const n = parseBytes(value);
    if (n === null) throw invalid(value);
    return n;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.INT && ast.kind !== Kind.STRING) throw invalid(ast.kind);
    const n = parseBytes(ast.value);
    if (n === null) throw invalid(ast.value);
    return n;
  },
});

const invalidRate = (value: unknown) =>
  new GraphQLError(`A rate is bits per second as an Int (2000000) or a RouterOS string ("2M", "512K"), got ${JSON.stringify(String(value)).slice(0, 40)}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });

/**
 * Speeds in bits per second (API.md): an Int (`2000000`) or a RouterOS string (`"2M"`, `"512K"`), passed on
 * as given; the service parses and range-checks it (BAD_USER_INPUT when malformed).
 */
export const RateScalar = new GraphQLScalarType<number | string, number | string>({
  name: 'Rate',
  description: 'Bits per second: an Int (2000000) or a RouterOS string ("2M", "512K", "1.5M"; k = 1000)',
  serialize(value) {
    if (typeof value === 'number' || typeof value === 'string') return value;
    throw new GraphQLError('Rate cannot represent this value');
  },
  parseValue(value) {
    if (typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value))) return value;
    throw invalidRate(value);
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.INT) return Number(ast.value);
    if (ast.kind === Kind.STRING) return ast.value;
    throw invalidRate(ast.kind);
  },
});
