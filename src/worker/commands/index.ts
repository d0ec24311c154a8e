// The session's action registry: every command type mapped to its handler, one record per
// family. A command type without a handler is a type error here.
import type { Message } from '../../protocol/messages';
import type { SessionCore } from '../sessionCore';
import { editCommands } from './editCommands';
import { loadCommands } from './loadCommands';
import { playCommands } from './playCommands';
import { queryCommands } from './queryCommands';
import type { CommandHandler, CommandOf, CommandRecord, CommandType } from './types';

const COMMANDS: CommandRecord<CommandType> = {
  ...loadCommands,
  ...playCommands,
  ...editCommands,
  ...queryCommands,
};

/** Runs one command's handler; errors (CommandError or not) propagate to the caller. */
export async function runCommand<T extends CommandType>(
  core: SessionCore,
  command: CommandOf<T>,
): Promise<Message[]> {
  // the record maps each type to its own handler; TypeScript cannot follow that correlation
  const handler = COMMANDS[command.type] as CommandHandler<T>;
  return handler(core, command);
}
