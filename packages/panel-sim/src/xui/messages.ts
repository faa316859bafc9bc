/**
 * The English texts 3x-ui answers with (web/translation: translate.en_US.toml in v2, en-US.json in v3;
 * identical for these keys up to v3.0.2, a few reworded in v3.1.0) and the shapes its Go code builds
 * messages in.
 */
export const MSG = {
  loginSuccess: ' You have successfully logged into your account.',
  wrongCredentials: 'Invalid username or password or two-factor code.',
  invalidFormData: 'The Input data format is invalid.',
  emptyUsername: 'Username is required',
  emptyPassword: 'Password is required',
  loginAgain: 'Your session has expired, please log in again',
  somethingWentWrong: 'Something went wrong',
  obtain: 'Obtain',
  trafficGetError: 'Error getting traffics.',
  inboundCreated: 'Inbound has been successfully created.',
  inboundUpdated: 'Inbound has been successfully updated.',
  clientsAdded: 'Inbound client(s) have been added.',
  clientDeleted: 'Inbound client has been deleted.',
  clientUpdated: 'Inbound client has been updated.',
  clientTrafficReset: 'Traffic has been reset.',
  allTrafficReset: 'All traffic has been reset.',
  allClientTrafficReset: 'All traffic from the client has been reset.',
  depletedDeleted: 'All depleted clients are deleted.',
  inboundTrafficReset: 'Inbound traffic has been reset.',
  clientDeletedByEmail: 'Client deleted successfully',
  deleteByEmailFailed: 'Failed to delete client by email',
};

export type XuiMessages = typeof MSG;

/** v3.1.0's en-US.json rewordings of the keys above (and of the same translation keys). */
const REWORDED_IN_3_1: Partial<XuiMessages> = {
  loginSuccess: 'You have successfully logged into your account.',
  invalidFormData: 'The input data format is invalid.',
  trafficGetError: 'Error getting traffic.',
  allClientTrafficReset: 'Traffic for all clients has been reset.',
  depletedDeleted: 'All depleted clients have been deleted.',
};

export const messagesOf = (clientsApi: boolean): XuiMessages => (clientsApi ? { ...MSG, ...REWORDED_IN_3_1 } : MSG);

/**
 * An error raised by the panel's services. `common.NewError(a...)` is `fmt.Sprintln`: operands joined
 * by spaces and a trailing newline, which the controller then wraps as `msg + " (" + err + ")"`.
 */
export class XuiFailure extends Error {}

export const goError = (...parts: Array<string | number>): XuiFailure => new XuiFailure(`${parts.join(' ')}\n`);

/** gorm's First() on a missing row. */
export const recordNotFound = (): XuiFailure => new XuiFailure('record not found');

/** What `jsonMsg(c, msg, err)` puts in `msg` when err is not nil. */
export const withError = (msg: string, err: string): string => (err ? `${msg} (${err})` : msg);

/** A nil map or failed type assertion in the panel's Go code: gin's Recovery answers a bare 500. */
export class XuiPanic extends Error {}

/** encoding/json's error texts for the usual malformed inputs (approximated for the rest). */
export function goParse(raw: string): unknown {
  if (raw.trim() === '') throw new XuiFailure('unexpected end of JSON input');
  try {
    return JSON.parse(raw);
  } catch (err) {
    if (err instanceof Error && /end of JSON|Unterminated/i.test(err.message)) throw new XuiFailure('unexpected end of JSON input');
    throw new XuiFailure(`invalid character '${raw.trim()[0]}' looking for beginning of value`);
  }
}
