// Reads a chosen file as text, refusing one over the import limit before reading it.
import { CSV_TEXT_MAX_BYTES } from '../../data/csvPreview';

export type FileRead =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** File.text() decodes UTF-8, leaving U+FFFD for bytes that are not; the preview reports those. */
export async function readCsvFile(file: File, maxBytes = CSV_TEXT_MAX_BYTES): Promise<FileRead> {
  if (file.size > maxBytes) {
    return {
      ok: false,
      message: `“${file.name}” is ${megabytes(file.size)}; at most ${megabytes(maxBytes)} can be imported, so it was not read`,
    };
  }
  try {
    return { ok: true, text: await file.text() };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `“${file.name}” could not be read: ${detail}` };
  }
}
