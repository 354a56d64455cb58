import { useRef, useState, type PointerEvent } from 'react';
import { preprocessDrawing } from '../../../data/preprocessDrawing';
import { useCnn } from '../cnnContext';
import { DigitCanvas } from '../../lab/DigitCanvas';
import { useText } from '../../useText';

const PAD = 224;
/** A pen about as wide, relative to the pad, as MNIST's strokes are relative to the digit box. */
const PEN = 18;

/** Mouse, pen and touch drawing; each stroke is preprocessed like MNIST and sent to the views. */
export function DrawingPad() {
  const d = useText().cnn.drawing;
  const canvas = useRef<HTMLCanvasElement>(null);
  const last = useRef<{ x: number; y: number } | null>(null);
  const [processed, setProcessed] = useState<Uint8Array | null>(null);
  const chooseInput = useCnn((s) => s.chooseInput);
  const drawing = useCnn((s) => s.inspectInput?.kind === 'pixels');

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
    chooseInput(pixels ? { kind: 'pixels', pixels } : null);
  };
  const clear = () => {
    canvas.current?.getContext('2d')?.clearRect(0, 0, PAD, PAD);
    setProcessed(null);
    chooseInput(null);
  };

  return (
    <div className="drawing">
      <canvas ref={canvas} width={PAD} height={PAD} className={`drawing-pad${drawing ? ' active' : ''}`} aria-label={d.pad}
        role="img" aria-describedby="drawing-pad-help"
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
        <button type="button" onClick={clear}>{d.clear}</button>
        <span className="hint">{d.seen}</span>
        {processed ? <DigitCanvas pixels={processed} size={56} label={d.processed} /> : <span className="hint">—</span>}
        <p id="drawing-pad-help" className="hint">{d.explain}</p>
      </div>
    </div>
  );
}
