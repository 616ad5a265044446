import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { create } from 'tar';

interface Rule {
  negate: boolean;
  regex: RegExp;
}

/** .dockerignore lines to rules: comments and blanks dropped, `!` re-includes, paths are root-relative. */
export function parseDockerignore(text: string): Rule[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const negate = line.startsWith('!');
      const pattern = (negate ? line.slice(1) : line).replace(/^\/+|\/+$/g, '').replace(/^\.\//, '');
      return { negate, regex: globToRegex(pattern) };
    });
}

function globToRegex(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      // "**/" matches zero or more directories; a trailing "**" matches everything below
      if (pattern[i + 2] === '/') {
        out += '(?:.*/)?';
        i += 2;
      } else {
        out += '.*';
        i += 1;
      }
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/**
 * Docker's rule: a path is excluded when the last rule matching it, or one of its parent directories,
 * is an exclusion.
 */
export function isIgnored(path: string, rules: Rule[]): boolean {
  const clean = path.replace(/^\.\//, '').replace(/\/+$/, '');
  if (clean === '' || clean === '.') return false;
  const parts = clean.split('/');
  let ignored = false;
  for (const rule of rules) {
    for (let depth = 1; depth <= parts.length; depth++) {
      if (rule.regex.test(parts.slice(0, depth).join('/'))) {
        ignored = !rule.negate;
        break;
      }
    }
  }
  return ignored;
}

/** The build context as a gzipped tarball, honouring .dockerignore, for the ACR upload URL. */
export async function packBuildContext(root: string, dockerignore: string): Promise<Buffer> {
  const rules = parseDockerignore(dockerignore);
  const stream = create({ gzip: true, cwd: root, portable: true, filter: (path) => !isIgnored(path, rules) }, ['.']);
  return buffer(stream as unknown as Readable);
}
