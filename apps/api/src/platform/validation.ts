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

/** The driver's error code of a database error (TypeORM wraps it in driverError), or ''. */
function dbErrorCode(err: unknown): string {
  const e = err as { code?: string; driverError?: { code?: string } } | null;
  return e?.code ?? e?.driverError?.code ?? '';
}

/** True when a database error is a unique-key violation (MySQL/MariaDB or SQLite). */
export function isUniqueViolation(err: unknown): boolean {
  const code = dbErrorCode(err);
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** True when a transaction lost to a concurrent one (deadlock, lock wait, busy file) and may simply be run again. */
export function isLockConflict(err: unknown): boolean {
  const code = dbErrorCode(err);
  return code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT' || code === 'SQLITE_BUSY';
}
