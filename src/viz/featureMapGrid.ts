/**
 * Draws one layer's activations as a grid of small heatmaps, one per channel (canvas), with the
 * selected unit and a receptive-field outline. The React wrapper handles keyboard and pointer
 * input; this module only draws and answers "which unit is under this point?".
 */
import { scaleFor, type ColorScale } from './colorScales';
import { createNonFiniteLegend, drawNonFiniteCell, hasNonFinite, NON_FINITE_RGB } from './nonFinite';
import { PALETTE } from './palette';
import { frameDrivenViz, sizeCanvas, type Viz } from './viz';

export interface UnitPosition {
  channel: number;
  row: number;
  col: number;
}

export interface Outline {
  rows: [number, number];
  cols: [number, number];
}

export interface FeatureMapData {
  /** [height, width, channels] */
  shape: number[];
  values: Float32Array;
  selected: UnitPosition | null;
  /** Region to outline on every channel (the selected unit's field in this layer). */
  outline: Outline | null;
  /** Colours to use instead of the automatic activation scale (e.g. for filter weights). */
  scale?: ColorScale;
  /** Legend words for a NaN or infinite value, shown under the maps only while one is drawn. */
  nonFiniteLabel?: string;
}

export interface FeatureMapGrid extends Viz<FeatureMapData> {
  unitAt(clientX: number, clientY: number): UnitPosition | null;
}

const GAP = 6;

export function createFeatureMapGrid(root: HTMLElement, options: { tileSize: number }): FeatureMapGrid {
  const canvas = root.appendChild(document.createElement('canvas'));
  canvas.className = 'feature-map-canvas';
  const tile = document.createElement('canvas');
  const legend = createNonFiniteLegend(root);
  /** What was last drawn, and where, so unitAt() answers for what the user sees. */
  let drawn: FeatureMapData | null = null;
  let layout = { columns: 1, cell: 1, tileW: 1, tileH: 1 };

  const draw = (data: FeatureMapData) => {
    drawn = data;
    const [h = 1, w = 1, c = 1] = data.shape;
    const available = Math.max(root.clientWidth, 120);
    const cell = Math.max(1, Math.floor(Math.min(options.tileSize, available) / Math.max(h, w)));
    const tileW = w * cell;
    const tileH = h * cell;
    const columns = Math.max(1, Math.min(c, Math.floor((available + GAP) / (tileW + GAP))));
    const rows = Math.ceil(c / columns);
    layout = { columns, cell, tileW, tileH };
    const ctx = sizeCanvas(canvas, columns * (tileW + GAP) - GAP, rows * (tileH + GAP) - GAP);
    if (!ctx) return;
    // Automatic scales span the finite values only, so one NaN or ∞ leaves the other cells' colours as they were.
    const scale = data.scale ?? scaleFor(data.values);
    legend.show(data.nonFiniteLabel, hasNonFinite(data.values));
    // One pixel per unit on a small canvas, then scaled up without smoothing: cheap and crisp.
    tile.width = w;
    tile.height = h;
    const tileCtx = tile.getContext('2d');
    const pixels = tileCtx?.createImageData(w, h);
    ctx.imageSmoothingEnabled = false;
    for (let k = 0; k < c; k++) {
      const x0 = (k % columns) * (tileW + GAP);
      const y0 = Math.floor(k / columns) * (tileH + GAP);
      const marked: number[] = [];
      if (tileCtx && pixels) {
        for (let i = 0; i < h * w; i++) {
          const value = data.values[i * c + k]!;
          if (!Number.isFinite(value)) marked.push(i);
          const [red, green, blue] = Number.isFinite(value) ? scale.rgb(value) : NON_FINITE_RGB;
          pixels.data[i * 4] = red;
          pixels.data[i * 4 + 1] = green;
          pixels.data[i * 4 + 2] = blue;
          pixels.data[i * 4 + 3] = 255;
        }
        tileCtx.putImageData(pixels, 0, 0);
        ctx.drawImage(tile, x0, y0, tileW, tileH);
      }
      for (const i of marked) drawNonFiniteCell(ctx, x0 + (i % w) * cell, y0 + Math.floor(i / w) * cell, cell, cell);
      ctx.strokeStyle = PALETTE.grid;
      ctx.lineWidth = 1;
      ctx.strokeRect(x0 + 0.5, y0 + 0.5, tileW - 1, tileH - 1);
      if (data.outline) {
        const { rows: [r0, r1], cols: [c0, c1] } = data.outline;
        ctx.strokeStyle = PALETTE.orange;
        ctx.lineWidth = 2;
        ctx.strokeRect(x0 + c0 * cell + 1, y0 + r0 * cell + 1, (c1 - c0 + 1) * cell - 2, (r1 - r0 + 1) * cell - 2);
      }
      if (data.selected && data.selected.channel === k) {
        ctx.strokeStyle = PALETTE.vermillion;
        ctx.lineWidth = 2;
        ctx.strokeRect(x0 + data.selected.col * cell - 1, y0 + data.selected.row * cell - 1, cell + 2, cell + 2);
      }
    }
  };

  const viz = frameDrivenViz(root, draw, () => {
    canvas.remove();
    legend.remove();
  });
  return {
    ...viz,
    unitAt(clientX, clientY) {
      if (!drawn) return null;
      const [h = 1, w = 1, c = 1] = drawn.shape;
      const box = canvas.getBoundingClientRect();
      const x = clientX - box.left;
      const y = clientY - box.top;
      const column = Math.floor(x / (layout.tileW + GAP));
      const row = Math.floor(y / (layout.tileH + GAP));
      const channel = row * layout.columns + column;
      const col = Math.floor((x - column * (layout.tileW + GAP)) / layout.cell);
      const r = Math.floor((y - row * (layout.tileH + GAP)) / layout.cell);
      if (column >= layout.columns || channel >= c || r < 0 || r >= h || col < 0 || col >= w) return null;
      return { channel, row: r, col };
    },
  };
}
