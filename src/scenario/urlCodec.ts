// Scenarios in links: base64url of compact JSON, decoded through the one validator.
// Pure: no window, no location; the caller reads and writes the address.
import { parseAppScenarioText, type AppScenario, type ValidationResult } from './validate';
import { toBase64Url } from './deflate';

const damaged = (message: string): ValidationResult<AppScenario> => ({
  ok: false,
  issues: [{ path: '', message: `the link is damaged: ${message}` }],
});

/** The scenario as compact JSON in base64url (no padding), safe in a query or a fragment. */
export function encodeScenario(scenario: AppScenario): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(scenario)));
}

/**
 * A link's scenario text → the validation result, with a specific message for bad
 * base64url, bytes that are not UTF-8 text, bad JSON and schema problems. Trailing `=`
 * padding (added by some encoders) is accepted.
 */
export function decodeScenario(encoded: string): ValidationResult<AppScenario> {
  const body = encoded.replace(/=+$/, '');
  if (body === '') return damaged('it holds no scenario');
  if (!/^[A-Za-z0-9_-]*$/.test(body))
    return damaged('its scenario holds characters that base64url does not use');
  let bytes: Uint8Array;
  try {
    const binary = atob(body.replace(/-/g, '+').replace(/_/g, '/'));
    bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return damaged('its scenario is not valid base64url text (was it cut short?)');
  }
  let text: string;
  try {
    // a byte-order mark stays: parseAppScenarioText drops it, as for files
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return damaged('its scenario does not decode to UTF-8 text');
  }
  return parseAppScenarioText(text);
}
