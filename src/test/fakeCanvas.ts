/**
 * A stand-in 2D canvas context for renderer tests under jsdom (which has no canvas). It records
 * what a user would see rather than the calls made: every filled rectangle with its colour, in
 * paint order, including the pixels of a small canvas scaled up with drawImage (how the heatmaps
 * draw), every stroked rectangle and every stroked line segment. Colours are normalised to
 * lower-case #rrggbb so that '#0072B2', 'rgb(0, 114, 178)' and pixel bytes compare equal.
 */
import { color as parseColor } from 'd3';
import { vi } from 'vitest';

export interface PaintedRect {
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
}

export interface StrokedRect extends PaintedRect {
  lineWidth: number;
}

export interface StrokedLine {
  from: [number, number];
  to: [number, number];
  color: string;
  lineWidth: number;
}

interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** '#0072B2', 'rgb(0,114,178)', 'steelblue' → '#0072b2'; anything unparseable is kept as written. */
export function hex(css: string): string {
  return parseColor(css)?.formatHex() ?? css;
}

const inside = (item: { x: number; y: number; width: number; height: number }, x: number, y: number, w: number, h: number) =>
  item.x >= x && item.y >= y && item.x + item.width <= x + w && item.y + item.height <= y + h;

export class FakeContext2D {
  fillStyle = '#000000';
  strokeStyle = '#000000';
  lineWidth = 1;
  imageSmoothingEnabled = true;
  globalAlpha = 1;
  /** Filled rectangles, in paint order (later ones cover earlier ones). */
  readonly fills: PaintedRect[] = [];
  readonly strokes: StrokedRect[] = [];
  readonly lines: StrokedLine[] = [];
  /** The pixels last put with putImageData, which drawImage of this canvas paints elsewhere. */
  pixels: Pixels | null = null;
  private path: { from: [number, number]; to: [number, number] }[] = [];
  private pen: [number, number] | null = null;

  constructor(readonly canvas: HTMLCanvasElement) {
    // As in a browser, setting a canvas's width or height (even to the same value) wipes it.
    for (const side of ['width', 'height'] as const) {
      const own = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, side)!;
      Object.defineProperty(canvas, side, {
        configurable: true,
        get: () => own.get!.call(canvas) as number,
        set: (value: number) => {
          own.set!.call(canvas, value);
          this.wipe();
        },
      });
    }
  }

  private wipe(): void {
    this.fills.length = 0;
    this.strokes.length = 0;
    this.lines.length = 0;
    this.pixels = null;
  }

  setTransform(): void {}

  /** Whatever lay wholly inside the cleared area is gone. */
  clearRect(x: number, y: number, width: number, height: number): void {
    const keep = <T extends { x: number; y: number; width: number; height: number }>(list: T[]) => {
      const kept = list.filter((item) => !inside(item, x, y, width, height));
      list.splice(0, list.length, ...kept);
    };
    keep(this.fills);
    keep(this.strokes);
    const kept = this.lines.filter((l) => !(inside({ x: Math.min(l.from[0], l.to[0]), y: Math.min(l.from[1], l.to[1]), width: Math.abs(l.to[0] - l.from[0]), height: Math.abs(l.to[1] - l.from[1]) }, x, y, width, height)));
    this.lines.splice(0, this.lines.length, ...kept);
  }

  fillRect(x: number, y: number, width: number, height: number): void {
    this.fills.push({ x, y, width, height, color: hex(this.fillStyle) });
  }

  strokeRect(x: number, y: number, width: number, height: number): void {
    this.strokes.push({ x, y, width, height, color: hex(this.strokeStyle), lineWidth: this.lineWidth });
  }

  createImageData(width: number, height: number): Pixels {
    return { width, height, data: new Uint8ClampedArray(width * height * 4) };
  }

  putImageData(image: Pixels): void {
    this.pixels = { width: image.width, height: image.height, data: new Uint8ClampedArray(image.data) };
  }

  /** Scales another fake canvas's pixels onto this one: each source pixel becomes one filled rectangle. */
  drawImage(source: HTMLCanvasElement, dx: number, dy: number, dw: number, dh: number): void {
    const pixels = contextOf(source)?.pixels;
    if (!pixels) throw new Error('drawImage of a canvas with no pixels put on it');
    const cellW = dw / pixels.width;
    const cellH = dh / pixels.height;
    for (let row = 0; row < pixels.height; row++) {
      for (let col = 0; col < pixels.width; col++) {
        const at = (row * pixels.width + col) * 4;
        const [r, g, b] = [pixels.data[at]!, pixels.data[at + 1]!, pixels.data[at + 2]!];
        const colour = `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
        this.fills.push({ x: dx + col * cellW, y: dy + row * cellH, width: cellW, height: cellH, color: colour });
      }
    }
  }

  beginPath(): void {
    this.path = [];
    this.pen = null;
  }

  moveTo(x: number, y: number): void {
    this.pen = [x, y];
  }

  lineTo(x: number, y: number): void {
    if (this.pen) this.path.push({ from: this.pen, to: [x, y] });
    this.pen = [x, y];
  }

  stroke(): void {
    for (const segment of this.path) this.lines.push({ ...segment, color: hex(this.strokeStyle), lineWidth: this.lineWidth });
  }

  /** The colour of the last rectangle painted over the point (x, y), or null where nothing was. */
  colorAt(x: number, y: number): string | null {
    for (let i = this.fills.length - 1; i >= 0; i--) {
      const f = this.fills[i]!;
      if (x >= f.x && x < f.x + f.width && y >= f.y && y < f.y + f.height) return f.color;
    }
    return null;
  }

  /** Whether two stroked segments cross the rectangle corner to corner (the non-finite mark). */
  hasCross(x: number, y: number, width: number, height: number): boolean {
    const near = (a: [number, number], b: [number, number]) => Math.abs(a[0] - b[0]) < 1e-6 && Math.abs(a[1] - b[1]) < 1e-6;
    const has = (p: [number, number], q: [number, number]) => this.lines.some((l) => (near(l.from, p) && near(l.to, q)) || (near(l.from, q) && near(l.to, p)));
    return has([x, y], [x + width, y + height]) && has([x + width, y], [x, y + height]);
  }
}

const contexts = new WeakMap<HTMLCanvasElement, FakeContext2D>();

/** The fake context of a canvas, if anything asked for one. */
export function contextOf(canvas: HTMLCanvasElement): FakeContext2D | undefined {
  return contexts.get(canvas);
}

/** Gives every canvas a fake 2D context (one per canvas) until the test's mocks are restored. */
export function installFakeCanvas(): void {
  // getContext is overloaded per context kind; the fake answers only '2d', with a partial context
  // that covers what the renderers call, so it has to pass through unknown.
  const fake = function getContext(this: HTMLCanvasElement, kind: string) {
    if (kind !== '2d') return null;
    let ctx = contexts.get(this);
    if (!ctx) {
      ctx = new FakeContext2D(this);
      contexts.set(this, ctx);
    }
    return ctx as unknown as CanvasRenderingContext2D;
  } as unknown as HTMLCanvasElement['getContext'];
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(fake);
}
