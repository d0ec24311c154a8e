// Argument checks for the session's commands: each throws a CommandError saying what is
// allowed, before anything changes. Pure.
import type { Speed } from '../protocol/messages';
import { CommandError } from './commandError';

export const MAX_STEP = 1_000_000;
export const MAX_SPEED = 10_000;
export const MAX_PARAM = 1e6;

export function checkSpeed(speed: Speed): void {
  if (speed !== 'max' && !(speed > 0 && speed <= MAX_SPEED))
    throw new CommandError('speed must be "max" or between 0 and 10 000 updates per second');
}

export function checkStepCount(count: number): void {
  if (!Number.isInteger(count) || count < 1 || count > MAX_STEP)
    throw new CommandError('step count must be a whole number from 1 to 1 000 000');
}

export function checkParam(index: number, value: number, length: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= length)
    throw new CommandError(`parameter index ${index} is outside 0…${length - 1}`);
  if (!Number.isFinite(value) || Math.abs(value) > MAX_PARAM)
    throw new CommandError('a weight or bias must be a finite number within ±1 000 000');
}

export function checkSample(sample: number, n: number): void {
  if (!Number.isInteger(sample) || sample < 0 || sample >= n)
    throw new CommandError(`sample ${sample} is outside 0…${n - 1}`);
}
