// What the CLI needs from its surroundings, so tests can run it in-process.
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdin: () => Promise<string>;
  readonly stderrIsTTY: boolean;
  /** Reads a scenario file named on the command line. */
  readonly readFile: (path: string) => Promise<string>;
  /** Reads a shipped data file (public/data/<name>). */
  readonly readDataFile: (name: string) => Promise<string>;
  /** Writes a file, making its folder when missing (export --data-dir); absent: refused. */
  readonly writeFile?: (path: string, text: string) => Promise<void>;
}

export const EXIT = { ok: 0, internal: 1, badInput: 2, diverged: 3 } as const;
