// Runs the CLI in-process with captured output, reading data files from public/data/.
import { readFile } from 'node:fs/promises';
import { runCli } from '../../src/cli/run';
import { readText } from '../helpers/files';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(args: string[], stdin = '', stderrIsTTY = false): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stdin: async () => stdin,
    stderrIsTTY,
    readFile: (path) => readFile(path, 'utf8'),
    readDataFile: readText,
  });
  return { code, stdout, stderr };
}
