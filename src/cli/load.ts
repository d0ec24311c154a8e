// Reading a scenario named on the command line: a file, `-` (standard input) or
// `preset:<id>`, validated by the one validator. Problems come back as lines to print.
import { ALL_PRESETS, findAnyPreset } from '../scenario/allPresets';
import { formatIssue, type AnyScenario } from '../scenario/validate';
import { parseAnyScenarioText, validateAnyScenario } from '../scenario/validateAny';
import type { CliIO } from './io';

export type Loaded = { ok: true; scenario: AnyScenario } | { ok: false; lines: string[] };

export async function loadScenarioArg(arg: string | undefined, io: CliIO): Promise<Loaded> {
  if (arg === undefined)
    return {
      ok: false,
      lines: ['missing <file> (a scenario file, - for standard input, or preset:<id>)'],
    };
  if (arg.startsWith('preset:')) {
    const id = arg.slice('preset:'.length);
    const preset = findAnyPreset(id);
    if (!preset) {
      return {
        ok: false,
        lines: [`unknown preset "${id}" (known: ${ALL_PRESETS.map((p) => p.id).join(', ')})`],
      };
    }
    const result = validateAnyScenario(preset.scenario);
    return result.ok
      ? result
      : { ok: false, lines: result.issues.map((i) => `preset:${id}: ${formatIssue(i)}`) };
  }
  let text: string;
  try {
    text = arg === '-' ? await io.stdin() : await io.readFile(arg);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : (code ?? 'unreadable');
    return { ok: false, lines: [`${arg}: cannot read the file (${why})`] };
  }
  const result = parseAnyScenarioText(text);
  return result.ok ? result : { ok: false, lines: result.issues.map(formatIssue) };
}
