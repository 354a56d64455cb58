import { useRef, useState, type PointerEvent } from 'react';
import { preprocessDrawing } from '../../data/preprocessDrawing';
import { DigitCanvas } from '../lab/DigitCanvas';

const PAD = 224;
/** A pen about as wide, relative to the pad, as MNIST's strokes are relative to the digit box. */
const PEN = 18;

export interface DrawingWords {
  pad: string;
  clear: string;
  seen: string;
  processed: string;
  explain: string;
}

/**
 * Mouse, pen and touch drawing; after each stroke the drawing is preprocessed like MNIST (centred,
 * scaled into 20 × 20 inside 28 × 28) and handed over, or null once cleared or empty.
 */
export function DrawingSurface({ words, active, onDrawn, id }: { words: DrawingWords; active: boolean; onDrawn(pixels: Uint8Array | null): void; id: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const last = useRef<{ x: number; y: number } | null>(null);
  const [processed, setProcessed] = useState<Uint8Array | null>(null);

  const point = (e: PointerEvent<HTMLCanvasElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return { x: ((e.clientX - box.left) / box.width) * PAD, y: ((e.clientY - box.top) / box.height) * PAD };
  };
  const line = (from: { x: number; y: number }, to: { x: number; y: number }) => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    ctx.strokeStyle = '#000';
    ctx.lineWidth = PEN;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.beginPath();
    ctx.moveTo(from.x, from.y);
    ctx.lineTo(to.x, to.y);
    ctx.stroke();
  };
  const update = () => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    const rgba = ctx.getImageData(0, 0, PAD, PAD).data;
    const ink = new Float32Array(PAD * PAD);
    for (let i = 0; i < ink.length; i++) ink[i] = rgba[i * 4 + 3]! / 255;
    const pixels = preprocessDrawing({ width: PAD, height: PAD, ink });
    setProcessed(pixels);
    onDrawn(pixels);
  };
  const clear = () => {
    canvas.current?.getContext('2d')?.clearRect(0, 0, PAD, PAD);
    setProcessed(null);
    onDrawn(null);
  };

  return (
    <div className="drawing">
      <canvas ref={canvas} width={PAD} height={PAD} className={`drawing-pad${active ? ' active' : ''}`} aria-label={words.pad}
        role="img" aria-describedby={`${id}-help`}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          last.current = point(e);
          line(last.current, last.current);
          update();
        }}
        onPointerMove={(e) => {
          if (!last.current) return;
          const next = point(e);
          line(last.current, next);
          last.current = next;
          update();
        }}
        onPointerUp={() => { last.current = null; }}
        onPointerCancel={() => { last.current = null; }}
      />
      <div className="drawing-side">
        <button type="button" onClick={clear}>{words.clear}</button>
        <span className="hint">{words.seen}</span>
        {processed ? <DigitCanvas pixels={processed} size={56} label={words.processed} /> : <span className="hint">—</span>}
        <p id={`${id}-help`} className="hint">{words.explain}</p>
      </div>
    </div>
  );
}
