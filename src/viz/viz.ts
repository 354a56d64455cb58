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

/**
 * The update/destroy pair every renderer exposes: `draw` runs at most once per animation frame
 * with the latest data, again when the container is resized, and `cleanup` removes what it made.
 */
export function frameDrivenViz<D>(root: HTMLElement, draw: (data: D) => void, cleanup: () => void): Viz<D> {
  let latest: { data: D } | null = null;
  const frame = frameScheduler(() => {
    if (latest) draw(latest.data);
  });
  const resize = typeof ResizeObserver !== 'undefined' ? new ResizeObserver(() => frame.schedule()) : null;
  resize?.observe(root);
  return {
    update(data) {
      latest = { data };
      frame.schedule();
    },
    destroy() {
      frame.cancel();
      resize?.disconnect();
      cleanup();
    },
  };
}

/** Sizes a canvas for the screen's pixel density; the returned context draws in CSS pixels. */
export function sizeCanvas(canvas: HTMLCanvasElement, width: number, height: number): CanvasRenderingContext2D | null {
  const ratio = typeof devicePixelRatio === 'number' ? devicePixelRatio : 1;
  canvas.width = Math.ceil(width * ratio);
  canvas.height = Math.ceil(height * ratio);
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const ctx = canvas.getContext('2d');
  ctx?.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx?.clearRect(0, 0, width, height);
  return ctx;
}
