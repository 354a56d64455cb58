/** The contract of every framework-free renderer: React creates it once on a container, pushes data, destroys it. */
export interface Viz<D> {
  update(data: D): void;
  destroy(): void;
}

/** Coalesces many update() calls into at most one draw per animation frame. */
export function frameScheduler(draw: () => void): { schedule(): void; cancel(): void } {
  let handle: number | null = null;
  const raf = typeof requestAnimationFrame === 'function'
    ? requestAnimationFrame
    : (cb: FrameRequestCallback) => setTimeout(() => cb(0), 16) as unknown as number;
  const caf = typeof cancelAnimationFrame === 'function' ? cancelAnimationFrame : (h: number) => clearTimeout(h);
  return {
    schedule() {
      if (handle !== null) return;
      handle = raf(() => {
        handle = null;
        draw();
      });
    },
    cancel() {
      if (handle !== null) caf(handle);
      handle = null;
    },
  };
}
