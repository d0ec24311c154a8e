// Scenarios in links: base64url of compact JSON, decoded through the one validator.
import { parseScenarioText, type ValidationResult } from './validate';
import type { Scenario } from './schema';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function encodeScenario(scenario: Scenario): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(scenario)));
}

/** A link's scenario text → the validation result, with specific messages for each failure. */
export function decodeScenario(encoded: string): ValidationResult {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) {
    return {
      ok: false,
      issues: [
        {
          path: '',
          message: 'the link is damaged: its scenario holds characters that base64url does not use',
        },
      ],
    };
  }
  let text: string;
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      issues: [
        { path: '', message: 'the link is damaged: its scenario is not valid base64url text' },
      ],
    };
  }
  return parseScenarioText(text);
}
