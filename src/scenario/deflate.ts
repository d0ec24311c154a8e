// Text ⇄ deflate-raw ⇄ base64url for links, with the platform's CompressionStream (every browser
// and Node 20). Inflating stops at a byte limit, so a small link cannot expand into a huge text.

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Bytes of base64url text (padding optional); null when it is not base64url. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  const body = text.replace(/=+$/, '');
  if (!/^[A-Za-z0-9_-]*$/.test(body)) return null;
  try {
    const binary = atob(body.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

async function readAll(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw new RangeError(`more than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

const streamOf = (bytes: Uint8Array<ArrayBuffer>): ReadableStream<BufferSource> =>
  new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });

/** UTF-8 text → deflate-raw → base64url. */
export async function deflateText(text: string): Promise<string> {
  const input = streamOf(new TextEncoder().encode(text));
  const compressed = input.pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64Url(await readAll(compressed, Number.MAX_SAFE_INTEGER));
}

export type Inflated =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/** base64url → inflate (at most maxBytes) → UTF-8 text, or what is wrong with it. */
export async function inflateText(encoded: string, maxBytes: number): Promise<Inflated> {
  const bytes = fromBase64Url(encoded);
  if (!bytes || bytes.length === 0)
    return { ok: false, message: 'its scenario is not valid base64url text (was it cut short?)' };
  let inflated: Uint8Array;
  try {
    const stream = streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw'));
    inflated = await readAll(stream, maxBytes);
  } catch (error) {
    return error instanceof RangeError
      ? { ok: false, message: `its scenario unpacks to more than ${maxBytes} bytes` }
      : { ok: false, message: 'its scenario does not unpack (was the link cut short?)' };
  }
  // a byte-order mark stays in the text: the reader drops it with stripBom, as for files
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(inflated),
    };
  } catch {
    return { ok: false, message: 'its scenario does not decode to UTF-8 text' };
  }
}
