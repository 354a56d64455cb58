import { useEffect, useRef } from 'react';

/** A 28×28 digit (bytes, 0 = background) drawn dark on light, scaled up crisply. */
export function DigitCanvas({ pixels, size = 56, label }: { pixels: Uint8Array; size?: number; label?: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const image = ctx.createImageData(28, 28);
    for (let i = 0; i < 784; i++) {
      const v = 255 - pixels[i]!;
      image.data.set([v, v, v, 255], i * 4);
    }
    ctx.putImageData(image, 0, 0);
  }, [pixels]);
  return <canvas ref={ref} width={28} height={28} className="digit-canvas" style={{ width: size, height: size }} role={label ? 'img' : undefined} aria-label={label} />;
}
