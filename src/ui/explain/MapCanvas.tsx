import { useEffect, useRef } from 'react';
import type { Volume } from '../../engine/explain';
import { valueAt } from '../../engine/explain';
import type { ColorScale } from '../../viz/colorScales';

interface MapCanvasProps {
  volume: Volume;
  channel?: number;
  scale: ColorScale;
  /** Width of the drawn map in CSS pixels (the height follows the map's shape). */
  width: number;
  label: string;
  /** Cells to outline, as "row,col" (the translation demo's changed cells). */
  outlined?: ReadonlySet<string>;
}

/**
 * One channel of a map as coloured squares on a canvas, crisp at any size; the legend and the
 * accessible name say what the colours mean, since a canvas cannot.
 */
export function MapCanvas({ volume, channel = 0, scale, width, label, outlined }: MapCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const cell = Math.max(1, Math.floor(width / volume.cols));
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    for (let r = 0; r < volume.rows; r++) {
      for (let q = 0; q < volume.cols; q++) {
        ctx.fillStyle = scale.color(valueAt(volume, channel, r, q));
        ctx.fillRect(q * cell, r * cell, cell, cell);
      }
    }
    if (!outlined) return;
    // Dark outline inside a light one: visible on every colour of both ramps.
    for (const key of outlined) {
      const [r = 0, q = 0] = key.split(',').map(Number);
      ctx.lineWidth = 3;
      ctx.strokeStyle = '#ffffff';
      ctx.strokeRect(q * cell + 1.5, r * cell + 1.5, cell - 3, cell - 3);
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = '#1b1b1b';
      ctx.strokeRect(q * cell + 1.5, r * cell + 1.5, cell - 3, cell - 3);
    }
  }, [volume, channel, scale, cell, outlined]);
  return <canvas ref={ref} className="map-canvas" width={volume.cols * cell} height={volume.rows * cell} role="img" aria-label={label} />;
}

/** A colour bar from the scale's lowest to highest value, with both ends written out. */
export function ScaleLegend({ scale, format, description }: { scale: ColorScale; format(n: number): string; description: string }) {
  const [low, high] = scale.domain;
  const stops = Array.from({ length: 11 }, (_v, i) => `${scale.color(low + ((high - low) * i) / 10)} ${i * 10}%`).join(', ');
  return (
    <div className="scale-legend">
      <span className="num">{format(low)}</span>
      <span className="scale-bar" aria-hidden="true" style={{ background: `linear-gradient(to right, ${stops})` }} />
      <span className="num">{format(high)}</span>
      <span className="hint">{description}</span>
    </div>
  );
}
