/** Chart series kept small: when a series grows past its cap, neighbouring points are merged. */

export interface Point {
  /** Training step (x axis). */
  step: number;
  value: number;
}

export const HISTORY_CAP = 1200;

/** Returns a new array with `point` appended, halving the resolution of old points when full. */
export function appendPoint(series: readonly Point[], point: Point, cap = HISTORY_CAP): Point[] {
  const next = [...series, point];
  if (next.length <= cap) return next;
  const merged: Point[] = [];
  for (let i = 0; i + 1 < next.length - 1; i += 2) {
    merged.push({ step: next[i + 1]!.step, value: (next[i]!.value + next[i + 1]!.value) / 2 });
  }
  if (next.length % 2 === 0) merged.push(next[next.length - 2]!);
  merged.push(point);
  return merged;
}

/**
 * Appends many points at once, for per-step series such as the gradient norm. When full, pairs of
 * old points merge into their LARGER value: a spike must stay visible however long the run.
 */
export function appendPeaks(series: readonly Point[], points: readonly Point[], cap = HISTORY_CAP): Point[] {
  let next = [...series, ...points];
  while (next.length > cap) {
    const merged: Point[] = [];
    const keepLast = next.length % 2 === 1;
    const pairs = keepLast ? next.length - 1 : next.length;
    for (let i = 0; i < pairs; i += 2) {
      const [a, b] = [next[i]!, next[i + 1]!];
      merged.push({ step: b.step, value: Math.max(a.value, b.value) });
    }
    if (keepLast) merged.push(next[next.length - 1]!);
    next = merged;
  }
  return next;
}
