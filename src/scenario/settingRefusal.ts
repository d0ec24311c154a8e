// The message a learner reads when a changed setting makes the scenario invalid: the setting,
// why, and where, worded as the store's changeSetting words it (the store keeps its own copy:
// importing this module there splits the validator into a chunk of its own and grows the
// first load by 1 kB). Pure.
import { formatIssue, validateAppScenario } from './validate';

/**
 * Null when `next` is a valid scenario; otherwise the message naming the setting, why, and
 * where: "Truncation k2 was not changed: must be at least k1 (4) … (sequence.bptt.k2: …)."
 */
export function settingRefusal(setting: string, next: unknown): string | null {
  const result = validateAppScenario(next);
  if (result.ok) return null;
  const why = result.issues.map((i) => i.message).join('; ');
  return `${setting} was not changed: ${why} (${result.issues.map(formatIssue).join('; ')}).`;
}
