// The CLI's process wiring: arguments in, exit code out. Anything unexpected is a bug:
// exit 1 with one line (the stack only when BPL_DEBUG is set).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT, type CliIO } from './io';
import { runCli } from './run';

const dataDir = fileURLToPath(new URL('../../public/data/', import.meta.url));

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

// A reader that stops early (`… | head`) closes the pipe: that is the reader's choice, not a
// failure, so end quietly instead of an unhandled EPIPE stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  throw error;
});

const io: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: readStdin,
  stderrIsTTY: process.stderr.isTTY === true,
  readFile: (path) => readFile(path, 'utf8'),
  readDataFile: (name) => readFile(dataDir + name.replace(/[^\w.-]/g, ''), 'utf8'),
  writeFile: async (path, text) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, 'utf8');
  },
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`internal error: ${message}\n`);
    if (process.env.BPL_DEBUG && error instanceof Error)
      process.stderr.write(`${error.stack ?? ''}\n`);
    process.exitCode = EXIT.internal;
  },
);
