import { DigitCanvas } from '../../lab/DigitCanvas';

const SIZE = 112;

/** The digit being read, with the row the selected step reads outlined. */
export function DigitRows({ pixels, step, label }: { pixels: Uint8Array; step: number; label: string }) {
  const row = SIZE / 28;
  return (
    <div className="digit-rows" style={{ width: SIZE, height: SIZE }}>
      <DigitCanvas pixels={pixels} size={SIZE} label={label} />
      <div className="digit-row-marker" style={{ top: step * row, height: row }} aria-hidden="true" />
    </div>
  );
}
