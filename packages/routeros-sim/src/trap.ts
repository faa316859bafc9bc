/** A command the router refuses: answered `!trap =message=… [=category=…]` and then `!done`. */
export class TrapError extends Error {
  constructor(
    message: string,
    readonly category?: number,
  ) {
    super(message);
  }
}

/** RouterOS trap categories (API documentation, "!trap"). */
export const TrapCategory = {
  missingItemOrCommand: 0,
  argumentValueFailure: 1,
  interrupted: 2,
  scripting: 3,
  general: 4,
  api: 5,
  tty: 6,
  returnValue: 7,
} as const;
