import { Field, ObjectType } from 'type-graphql';
import { badInput } from '../errors/domain-error';

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

/** Cursors are opaque to clients: base64 of the last row's id. */
export const encodeCursor = (id: number): string => Buffer.from(`id:${id}`).toString('base64url');

export function decodeCursor(cursor: string | null | undefined): number | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  const text = Buffer.from(cursor, 'base64url').toString();
  const m = /^id:(\d{1,15})$/.exec(text);
  if (!m) throw badInput('Invalid cursor');
  return Number(m[1]);
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return first;
}
