// The shape of a session's command records: one handler per command type, each given the
// session's shared core and its own command. Types only.
import type { Command, Message } from '../../protocol/messages';
import type { SessionCore } from '../sessionCore';

export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { readonly type: T }>;
export type CommandHandler<T extends CommandType> = (
  core: SessionCore,
  command: CommandOf<T>,
) => Message[] | Promise<Message[]>;
/** Handlers for the command types `T`: a record per family, merged into one registry. */
export type CommandRecord<T extends CommandType> = { readonly [K in T]: CommandHandler<K> };
