import { badInput } from '../errors/domain-error';

/** GraphQL IDs are strings; ours are positive integers. */
export function parseId(id: string | number, field = 'id'): number {
  const text = String(id);
  if (!/^\d{1,15}$/.test(text) || Number(text) < 1) throw badInput(`${field} is not a valid id`, { field });
  return Number(text);
}

export const parseOptionalId = (id: string | null | undefined, field = 'id'): number | undefined =>
  id === null || id === undefined ? undefined : parseId(id, field);

/** undefined = not given (unchanged), null = cleared, else a valid id. */
export const parseNullableId = (id: string | null | undefined, field = 'id'): number | null | undefined =>
  id === undefined ? undefined : id === null ? null : parseId(id, field);
