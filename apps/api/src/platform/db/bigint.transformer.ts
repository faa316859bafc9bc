import type { ValueTransformer } from 'typeorm';

/** BIGINT columns are `bigint` in TypeScript whatever the driver hands back (string, number or bigint). */
export const bigintTransformer: ValueTransformer = {
  to: (value: bigint | null | undefined) => (value === null || value === undefined ? value : value.toString()),
  from: (value: string | number | bigint | null) => (value === null || value === undefined ? null : BigInt(value)),
};

/** Column options for a non-null byte counter. */
export const bytesColumn = (name: string) =>
  ({ name, type: 'bigint', default: 0, transformer: bigintTransformer }) as const;

/** Column options for an optional byte amount (null = unlimited). */
export const nullableBytesColumn = (name: string) =>
  ({ name, type: 'bigint', nullable: true, transformer: bigintTransformer }) as const;
