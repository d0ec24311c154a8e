// A command the session refuses: its message (and the scenario paths at fault) go back to the
// page as an `error` message, and the run stays as it was. Anything else thrown is a bug.
export class CommandError extends Error {
  constructor(
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}
