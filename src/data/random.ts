/** A small seeded PRNG (mulberry32): the same seed gives the same batch order everywhere. */
export type Random = () => number;

/**
 * A Random whose position in its stream can be read and set: a saved model records where its
 * training data stream stood, so that training resumes with exactly the batches it would have had.
 */
export interface RandomStream extends Random {
  /** The generator's whole state, a 32-bit unsigned integer. */
  getState(): number;
  setState(state: number): void;
}

export function createRandom(seed: number): RandomStream {
  let state = seed >>> 0;
  const next = (() => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }) as RandomStream;
  next.getState = () => state;
  next.setState = (value) => {
    state = value >>> 0;
  };
  return next;
}

/** True for a value that can be a RandomStream's state. */
export const isRandomState = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0xffffffff;

/** A random permutation of 0..n-1 (Fisher–Yates). */
export function permutation(n: number, random: Random): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = order[i]!;
    order[i] = order[j]!;
    order[j] = tmp;
  }
  return order;
}

/** A standard normal sample (Box–Muller) from a uniform generator. */
export function gaussian(random: Random): number {
  let u = 0;
  while (u === 0) u = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
