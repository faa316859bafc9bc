import jwt from 'jsonwebtoken';
import type { Role } from '@tm/shared';

export interface SessionClaims {
  accountId: number;
  role: Role;
}

/** Session tokens are short-lived HS256 JWTs; the account is re-read on every request, so a disabled account stops at once. */
export class SessionTokens {
  constructor(
    private readonly secret: string,
    private readonly ttlHours: number,
  ) {}

  issue(claims: SessionClaims, now = new Date()): { token: string; expiresAt: Date } {
    const expiresAt = new Date(now.getTime() + this.ttlHours * 3600_000);
    const token = jwt.sign({ role: claims.role }, this.secret, {
      subject: String(claims.accountId),
      expiresIn: Math.round(this.ttlHours * 3600),
      issuer: 'traffic-manager',
      algorithm: 'HS256',
    });
    return { token, expiresAt };
  }

  /** Returns the claims, or null for anything invalid or expired. */
  verify(token: string): SessionClaims | null {
    try {
      const payload = jwt.verify(token, this.secret, { issuer: 'traffic-manager', algorithms: ['HS256'] });
      if (typeof payload !== 'object' || !payload.sub) return null;
      const accountId = Number(payload.sub);
      if (!Number.isSafeInteger(accountId)) return null;
      return { accountId, role: payload.role as Role };
    } catch {
      return null;
    }
  }
}
