// Text as people's tools save it: the one place a leading byte-order mark is dropped, for
// scenario files (CLI and import), links and CSV alike. Pure.

/** The text without a leading UTF-8 byte-order mark (U+FEFF), which editors on Windows add. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
