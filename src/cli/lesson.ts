// `lesson validate <file>`: a lesson file (or - for standard input) checked by the one lesson
// validator; "ok", or one line per problem naming its JSON path and step, exit 2.
import { formatLessonIssue, parseLessonText } from '../lessons/validate';
import { UsageError } from './args';
import { EXIT, type CliIO } from './io';

export const LESSON_HELP = `usage: npm run --silent cli -- lesson validate <file>

Checks a guided lesson (docs/lessons-authoring.md): "ok", or one line per problem with its
JSON path and step, and exit 2. <file> is a lesson JSON file or - for standard input.
`;

export async function runLessonCommand(positional: readonly string[], io: CliIO): Promise<number> {
  const [action, file, extra] = positional;
  if (action !== 'validate')
    throw new UsageError(
      action === undefined
        ? 'missing "validate <file>"'
        : `unknown action "${action}" (try "validate")`,
    );
  if (file === undefined)
    throw new UsageError('missing <file> (a lesson file, or - for standard input)');
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  let text: string;
  try {
    text = file === '-' ? await io.stdin() : await io.readFile(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : (code ?? 'unreadable');
    io.stderr(`${file}: cannot read the file (${why})\n`);
    return EXIT.badInput;
  }
  const result = parseLessonText(text);
  if (!result.ok) {
    for (const issue of result.issues) io.stderr(`${formatLessonIssue(issue)}\n`);
    return EXIT.badInput;
  }
  io.stdout('ok\n');
  return EXIT.ok;
}
