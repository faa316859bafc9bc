import { z } from 'zod';

export const USERNAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9._@-]{2,63}$/;
export const MAC_PATTERN = /^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$/;

export const usernameSchema = z
  .string()
  .trim()
  .regex(USERNAME_PATTERN, '3–64 characters: letters, digits, . _ @ -; starting with a letter or digit');

export const passwordSchema = z.string().min(8, 'At least 8 characters').max(200, 'At most 200 characters');

export const macSchema = z.string().trim().regex(MAC_PATTERN, 'A MAC address like AA:BB:CC:DD:EE:FF');

/** Normalised MAC: upper case, colon separated. */
export function normalizeMac(mac: string): string {
  return mac.trim().toUpperCase().replace(/-/g, ':');
}
