import { createHash, randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();

/** Hex SHA-256 of a string; used for idempotent ids and for hashing client identifiers before they are stored. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** A short, stable, non-reversible identifier for a caller (session id, subject): never store the raw value. */
export function hashIdentifier(value: string, salt = ''): string {
  return sha256(`${salt}:${value}`).slice(0, 32);
}
