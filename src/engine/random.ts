// Seeded random numbers: sfc32 seeded through splitmix32, integer arithmetic only, so the
// same seed gives the same numbers on every JavaScript engine. Never use Math.random.
import { detCos, detLog } from './detMath';

export type RngState = readonly [number, number, number, number];

export interface Rng {
  /** A uniformly distributed unsigned 32-bit integer. */
  nextUint32(): number;
  /** A uniform number in [0, 1) with 53 random bits. */
  next(): number;
  /** A standard normal number (Box–Muller with arithmetic-only log and cos). */
  normal(): number;
  /** A uniform integer in [0, n). */
  int(n: number): number;
  /** Fisher–Yates shuffle, in place (mutates `array`). */
  shuffle(array: { length: number; [i: number]: number }): void;
  getState(): RngState;
  setState(state: RngState): void;
  /** Writes the state into out[0..4) without allocating (for hot paths). */
  saveStateInto(out: Uint32Array): void;
  /** Restores a state written by saveStateInto. */
  loadStateFrom(saved: Uint32Array): void;
}

/** FNV-1a hash of a stream name, so each purpose gets its own independent stream. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k += 1) {
    h ^= text.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * A generator for one purpose ('init', 'data', 'split', 'shuffle', 'dropout', …) derived
 * from the scenario's one seed. Seeds are taken modulo 2^32 (negative and fractional seeds
 * are folded in too, so every finite number is a valid seed).
 */
export function createRng(seed: number, stream = ''): Rng {
  const whole = Math.floor(seed);
  const lo = whole >>> 0;
  const hi = Math.floor(whole / 4294967296) >>> 0;
  const mix = splitmix32(lo ^ Math.imul(hi, 0x9e3779b1) ^ hashString(stream));
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix() | 1;

  const nextUint32 = (): number => {
    // sfc32 (Chris Doty-Humphrey's small fast counting generator).
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let k = 0; k < 12; k += 1) nextUint32();

  const next = (): number => {
    const high = nextUint32() >>> 5; // 27 bits
    const low = nextUint32() >>> 6; // 26 bits
    return (high * 67108864 + low) / 9007199254740992;
  };

  let spare: number | null = null;
  const rng: Rng = {
    nextUint32,
    next,
    normal() {
      if (spare !== null) {
        const value = spare;
        spare = null;
        return value;
      }
      let u = next();
      while (u === 0) u = next();
      const v = next();
      const r = Math.sqrt(-2 * detLog(u));
      const angle = 2 * Math.PI * v;
      spare = r * detCos(angle - Math.PI / 2); // = r·sin(angle)
      return r * detCos(angle);
    },
    int(n) {
      return Math.floor(next() * n);
    },
    shuffle(array) {
      for (let i = array.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        const tmp = array[i];
        array[i] = array[j];
        array[j] = tmp;
      }
    },
    getState() {
      // A pending Box–Muller spare is dropped from snapshots: states are taken between
      // updates, where normal() is not in use.
      return [a >>> 0, b >>> 0, c >>> 0, d >>> 0];
    },
    setState(state) {
      [a, b, c, d] = state;
      spare = null;
    },
    saveStateInto(out) {
      out[0] = a;
      out[1] = b;
      out[2] = c;
      out[3] = d;
    },
    loadStateFrom(saved) {
      a = saved[0] | 0;
      b = saved[1] | 0;
      c = saved[2] | 0;
      d = saved[3] | 0;
      spare = null;
    },
  };
  return rng;
}
