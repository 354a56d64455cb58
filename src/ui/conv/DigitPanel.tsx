import { useCallback, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { convolve, windowGeometry, type Volume } from '../../engine/explain';
import { scaleFor } from '../../viz/colorScales';
import { DrawingSurface } from '../common/DrawingSurface';
import { LabelledSelect } from '../explain/LabelledSelect';
import { MapCanvas, ScaleLegend } from '../explain/MapCanvas';
import { useShell } from '../storeContext';
import { useText } from '../useText';
import { useConv } from './convContext';

/** How many test digits the chooser offers (the shell holds a few dozen). */
const DIGIT_CHOICES = 12;
const MAP_WIDTH = 168;
const DRAWING = 'drawing';

/** 28 × 28 bytes as a one-channel volume of values in [0, 1], as the labs feed MNIST to a network. */
function digitVolume(pixels: Uint8Array): Volume {
  return { channels: 1, rows: 28, cols: 28, values: Array.from(pixels, (p) => p / 255) };
}

/** The kernel the user built, applied with the same stride, padding and dilation to a real digit or a drawing. */
export function DigitPanel() {
  const t = useText();
  const d = t.explainers.digit;
  const samples = useShell((s) => s.samples);
  const [source, setSource] = useState('0');
  const [drawing, setDrawing] = useState<Uint8Array | null>(null);
  const s = useConv(useShallow((state) => ({
    kernel: state.kernels[0]!, bias: state.biases[0] ?? 0, stride: state.stride, paddingMode: state.paddingMode,
    paddingAmount: state.paddingAmount, dilation: state.dilation, flip: state.flip,
  })));
  const onDrawn = useCallback((pixels: Uint8Array | null) => {
    setDrawing(pixels);
    setSource((current) => (pixels ? DRAWING : current === DRAWING ? '0' : current));
  }, []);

  const pixels = source === DRAWING ? drawing : samples ? samples.pixels.subarray(Number(source) * 784, (Number(source) + 1) * 784) : null;
  const maps = useMemo(() => {
    if (!pixels) return null;
    const input = digitVolume(pixels);
    // The first channel of the first filter: a digit has one channel.
    const kernel: Volume = { channels: 1, rows: s.kernel.rows, cols: s.kernel.cols, values: s.kernel.values.slice(0, s.kernel.rows * s.kernel.cols) };
    const geometry = windowGeometry({
      inRows: 28, inCols: 28, kernelRows: kernel.rows, kernelCols: kernel.cols, stride: s.stride, dilation: s.dilation,
      paddingMode: s.paddingMode, paddingAmount: s.paddingAmount,
    });
    if (!geometry.ok) return { input, raw: null, relu: null };
    const { output, preActivation } = convolve({ input, kernels: [kernel], biases: [s.bias], geometry: geometry.geometry, activation: 'relu', flip: s.flip });
    return { input, raw: preActivation, relu: output };
  }, [pixels, s]);

  const count = Math.min(DIGIT_CHOICES, samples?.count ?? 0);
  const options = [
    ...Array.from({ length: count }, (_v, i) => ({ value: String(i), label: d.test(i, samples!.labels[i]!) })),
    ...(drawing ? [{ value: DRAWING, label: d.drawing }] : []),
  ];
  const format = t.explainers.number;
  const mapView = (title: string, volume: Volume, signed: boolean) => {
    const scale = scaleFor(volume.values);
    const [low, high] = [Math.min(...volume.values), Math.max(...volume.values)];
    return (
      <figure className="digit-map">
        <figcaption>{title} ({volume.rows} × {volume.cols})</figcaption>
        <MapCanvas volume={volume} scale={scale} width={MAP_WIDTH} label={d.mapLabel(title, volume.rows, volume.cols, format(low), format(high))} />
        <ScaleLegend scale={scale} format={format} description={signed && scale.diverging ? d.legendSigned : d.legendPositive} />
      </figure>
    );
  };
  return (
    <section className="panel panel-explain" aria-labelledby="digit-heading">
      <h2 id="digit-heading">{d.title}</h2>
      <p className="intro">{d.intro}</p>
      {s.kernel.channels > 1 && <p className="hint">{d.channelNote(s.kernel.channels)}</p>}
      <div className="digit-layout">
        <div className="digit-source">
          {options.length > 0
            ? <LabelledSelect id="digit-source" label={d.source} value={source} options={options} onChange={setSource} />
            : <p className="hint">{d.waiting}</p>}
          <DrawingSurface id="digit-drawing" words={{ ...t.cnn.drawing, explain: d.drawHint }} active={source === DRAWING} onDrawn={onDrawn} />
        </div>
        {maps && (
          <div className="digit-maps">
            {mapView(d.input, maps.input, false)}
            {maps.raw && maps.relu ? (
              <>
                {mapView(d.raw, maps.raw, true)}
                {mapView(d.relu, maps.relu, false)}
              </>
            ) : <p className="explain-problem" role="alert">{d.tooSmall}</p>}
          </div>
        )}
      </div>
    </section>
  );
}
