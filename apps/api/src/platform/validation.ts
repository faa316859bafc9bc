import type { z } from 'zod';
import { badInput } from './errors/domain-error';

/** Parses with a zod schema; a failure becomes BAD_USER_INPUT naming each field. */
export function validate<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) fields[issue.path.join('.') || '_'] ??= issue.message;
  const summary = Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('; ');
  throw badInput(`Invalid input — ${summary}`, { fields });
}

/** True when a database error is a unique-key violation (MySQL/MariaDB or SQLite). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; errno?: number; driverError?: { code?: string } } | null;
  const code = e?.code ?? e?.driverError?.code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
