import { z } from 'zod';

export const MAX_NAME_LENGTH = 128;

/**
 * A document name that is safe as a file name and as a blob name: letters, digits, spaces, dot,
 * underscore and hyphen; starts with a letter or digit; no path separators, no "..", no control
 * characters, no trailing dot or space.
 */
export const documentName = (what: string) =>
  z
    .string()
    .min(1, `${what} must not be empty`)
    .max(MAX_NAME_LENGTH, `${what} must be at most ${MAX_NAME_LENGTH} characters`)
    .refine((v) => !/[\\/]/.test(v), `${what} must not contain / or \\`)
    .refine((v) => !v.includes('..'), `${what} must not contain ".."`)
    // eslint-disable-next-line no-control-regex
    .refine((v) => !/[\u0000-\u001f\u007f-\u009f]/.test(v), `${what} must not contain control characters`)
    .refine((v) => /^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u.test(v), `${what} may hold letters, digits, spaces, ".", "_" and "-", and must start with a letter or digit`)
    .refine((v) => !/[. ]$/.test(v), `${what} must not end with a dot or a space`);

export const namePrefix = z
  .string()
  .max(MAX_NAME_LENGTH)
  .refine((v) => v === '' || /^[\p{L}\p{N} ._-]*$/u.test(v), 'prefix may hold letters, digits, spaces, ".", "_" and "-" only');
