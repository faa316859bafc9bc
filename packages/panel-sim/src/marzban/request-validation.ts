/**
 * Request bodies and query strings checked the way the panels' pydantic models check them, with the
 * messages pydantic 2 writes (the panels key them by the last element of the error's loc).
 *   Marzban UserModify      status: UserStatusModify enum (active, disabled, on_hold); data_limit int ≥ 0
 *                           (strings refused by its cast_to_int); expire: int unix seconds
 *   PasarGuard UserModify   status checked by UserValidator.allow_status (ValueError with a tuple);
 *                           expire: datetime | int (a union: errors keyed `datetime` and `int`)
 */
import type { SimRequest, SimResponse } from '../http-sim';
import { validationError } from './json';
import type { PanelFlavour, UserModification } from './user-rules';

/** A checked input: its value, or the answer the panel gives instead. */
export type Checked<T> = { value: T } | { error: SimResponse };
const fail = (errors: Record<string, string>): { error: SimResponse } => ({ error: validationError(errors) });

const INT_PARSE = 'Input should be a valid integer, unable to parse string as an integer';
const INT_FRACTION = 'Input should be a valid integer, got a number with a fractional part';
const GE_ZERO = 'Input should be greater than or equal to 0';
const PG_STATUS =
  "Value error, ('status must be in', {<UserStatus.active: 'active'>, <UserStatus.on_hold: 'on_hold'>, <UserStatus.disabled: 'disabled'>})";

/** pydantic's lax int: integers, integral floats and numeric strings. */
function laxInt(v: unknown): number | string {
  if (typeof v === 'number') return Number.isInteger(v) ? v : INT_FRACTION;
  if (typeof v === 'string' && /^\s*-?\d+\s*$/.test(v)) return Number(v);
  return INT_PARSE;
}

/** The JSON body FastAPI hands a required body parameter, or its 422. */
export function jsonBody(req: SimRequest): Checked<Record<string, unknown>> {
  if (!req.rawBody.trim()) return fail({ body: 'Field required' });
  let value: unknown;
  try {
    value = JSON.parse(req.rawBody);
  } catch (err) {
    const pos = /position (\d+)/.exec(err instanceof Error ? err.message : '')?.[1] ?? '0';
    return fail({ [pos]: 'JSON decode error' });
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return fail({ body: 'Input should be a valid dictionary or object to extract fields from' });
  }
  return { value: value as Record<string, unknown> };
}

export function parseModification(body: Record<string, unknown>, flavour: PanelFlavour): Checked<UserModification> {
  const errors: Record<string, string> = {};
  const m: UserModification = {};
  const present = (k: string): boolean => body[k] !== undefined && body[k] !== null;

  if (present('data_limit')) {
    const v = body.data_limit;
    if (flavour === 'MARZBAN' && typeof v !== 'number') errors.data_limit = 'Value error, data_limit must be an integer or a float, not a string';
    else {
      const n = typeof v === 'number' && flavour === 'MARZBAN' ? Math.trunc(v) : laxInt(v);
      if (typeof n === 'string') errors.data_limit = n;
      else if (n < 0) errors.data_limit = GE_ZERO;
      else m.dataLimit = BigInt(n);
    }
  }
  if (present('expire')) {
    const v = body.expire;
    const n = laxInt(v);
    if (typeof n === 'number') m.expire = n === 0 ? 0 : new Date(n * 1000);
    else if (flavour === 'PASARGUARD' && typeof v === 'string' && !Number.isNaN(Date.parse(v))) {
      m.expire = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v : `${v}Z`);
    } else if (flavour === 'MARZBAN') errors.expire = n;
    else Object.assign(errors, { datetime: 'Input should be a valid datetime or date, invalid character in year', int: INT_PARSE });
  }
  if (present('note')) {
    if (typeof body.note !== 'string') errors.note = 'Input should be a valid string';
    else if (body.note.length > 500) {
      errors.note = flavour === 'MARZBAN' ? "Value error, User's note can be a maximum of 500 character" : 'String should have at most 500 characters';
    } else m.note = body.note;
  }
  if (present('on_hold_expire_duration')) {
    const n = laxInt(body.on_hold_expire_duration);
    if (typeof n === 'string') errors.on_hold_expire_duration = n;
    else if (n < 0 && flavour === 'PASARGUARD') errors.on_hold_expire_duration = GE_ZERO;
    else m.onHoldExpireDuration = n;
  }
  if (present('status')) {
    const s = body.status;
    if (s !== 'active' && s !== 'disabled' && s !== 'on_hold') {
      errors.status = flavour === 'MARZBAN' ? "Input should be 'active', 'disabled' or 'on_hold'" : PG_STATUS;
    } else if (s === 'on_hold' && !m.onHoldExpireDuration) {
      errors.status = 'Value error, User cannot be on hold without a valid on_hold_expire_duration.';
    } else if (s === 'on_hold' && m.expire) {
      errors.status = 'Value error, User cannot be on hold with specified expire.';
    } else m.status = s;
  }
  return Object.keys(errors).length > 0 ? fail(errors) : { value: m };
}

/** PasarGuard's UserStatusToggle body of PUT /api/user/{username}/disabled. */
export function parseToggle(body: Record<string, unknown>): Checked<boolean> {
  const v = body.disabled;
  if (v === undefined) return fail({ disabled: 'Field required' });
  if (typeof v === 'boolean') return { value: v };
  if (v === 1 || v === 0) return { value: v === 1 };
  if (typeof v === 'string' && /^(true|false|1|0|yes|no|on|off|t|f|y|n)$/i.test(v)) return { value: /^(true|1|yes|on|t|y)$/i.test(v) };
  return fail({ disabled: 'Input should be a valid boolean, unable to interpret input' });
}

/** An optional int query parameter (offset, limit): its value, undefined, or the error message. */
export function queryInt(req: SimRequest, name: string): number | undefined | { error: string } {
  const raw = req.query.get(name);
  if (raw === null || raw === '') return undefined;
  const n = laxInt(raw);
  return typeof n === 'string' ? { error: n } : n;
}
