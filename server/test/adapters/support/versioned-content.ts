/** Self-checking document bodies: a header naming version, document and length, then filler, then a trailer. */
export function versionedContent(version: number, doc: number, size: number): string {
  const header = `v=${version};doc=${doc};len=${size};`;
  const trailer = ';end';
  const filler = String.fromCharCode(97 + (version % 26));
  return header + filler.repeat(Math.max(0, size - header.length - trailer.length)) + trailer;
}

/** The version a body holds when it is complete and unmixed; undefined for anything torn. */
export function completeVersion(content: string, doc: number): number | undefined {
  const match = /^v=(\d+);doc=(\d+);len=(\d+);/.exec(content);
  if (!match || Number(match[2]) !== doc) return undefined;
  const version = Number(match[1]);
  return content === versionedContent(version, doc, Number(match[3])) ? version : undefined;
}
