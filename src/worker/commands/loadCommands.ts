// Commands that install a run: load, restore (a worker restart), reset and reseed. Each
// validates the scenario first, so a bad one changes nothing.
import type { TrainerSnapshot } from '../../engine/trainer';
import { paramsOf, validatedAny } from '../runs';
import type { CommandRecord } from './types';

export const loadCommands: CommandRecord<'load' | 'restore' | 'reset' | 'reseed'> = {
  async load(core, command) {
    const s = validatedAny(command.scenario);
    const r = await core.buildForLoad(s);
    core.state.debug = command.debug === true;
    core.state.initial = paramsOf(r).slice();
    return core.install(r, s);
  },
  async restore(core, command) {
    const { checkpoint } = command;
    const s = validatedAny(checkpoint.scenario);
    core.state.debug = command.debug === true;
    const r = await core.build(s, checkpoint.initial);
    core.state.initial = checkpoint.initial.slice();
    return core.install(r, s, checkpoint.snapshot as TrainerSnapshot);
  },
  async reset(core) {
    const scenario = core.needScenario();
    return core.install(await core.build(scenario, core.state.initial), scenario);
  },
  async reseed(core, command) {
    const s = validatedAny({ ...core.needScenario(), seed: command.seed });
    const r = await core.build(s, null);
    core.state.initial = paramsOf(r).slice();
    return core.install(r, s);
  },
};
