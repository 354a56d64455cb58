import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { slidKernels, type ConvStep, type WindowGeometry } from '../../engine/explain';
import { GridTable } from '../explain/GridTable';
import { CellInput } from '../explain/CellInput';
import { useText } from '../useText';
import { useConv } from './convContext';

/**
 * The input (each channel, with its zero border) and every filter's kernel and bias, all editable;
 * the window of the step on show is highlighted in the input and its kernel is marked.
 */
export function ConvGrids({ geometry, shown }: { geometry: WindowGeometry | null; shown: ConvStep | null }) {
  const t = useText();
  const c = t.explainers.conv;
  const g = t.explainers.grid;
  const { input, kernels, biases, flip } = useConv(useShallow((s) => ({ input: s.input, kernels: s.kernels, biases: s.biases, flip: s.flip })));
  const { setCell, setBias } = useConv(useShallow((s) => ({ setCell: s.setCell, setBias: s.setBias })));
  const windowCells = useMemo(() => {
    const perChannel = new Map<number, Set<string>>();
    for (const p of shown?.products ?? []) {
      const set = perChannel.get(p.channel) ?? new Set<string>();
      set.add(`${p.row},${p.col}`);
      perChannel.set(p.channel, set);
    }
    return perChannel;
  }, [shown]);
  const slid = useMemo(() => (flip ? slidKernels({ kernels, flip }) : null), [kernels, flip]);
  const deep = input.channels > 1;
  const channelName = (name: string, ch: number) => (deep ? `${name}, ${g.channel(ch + 1)}` : name);
  return (
    <div className="conv-grids">
      <figure className="grid-figure">
        <figcaption>{c.input} ({input.rows} × {input.cols}{deep ? ` × ${input.channels}` : ''})</figcaption>
        <div className="grid-stack">
          {Array.from({ length: input.channels }, (_v, ch) => (
            <GridTable key={ch} label={channelName(c.input, ch)} cellName={channelName(c.input, ch)} volume={input} channel={ch}
              padding={geometry?.padding} highlight={windowCells.get(ch)} onEdit={(r, q, v) => setCell('input', ch, r, q, v)} />
          ))}
        </div>
      </figure>
      {kernels.map((kernel, f) => {
        const name = kernels.length > 1 ? c.kernelOf(f + 1) : c.kernel;
        const active = shown?.filter === f;
        return (
          <figure key={f} className={`grid-figure kernel-figure${active ? ' active' : ''}`}>
            <figcaption>{name} ({kernel.rows} × {kernel.cols}{deep ? ` × ${kernel.channels}` : ''})</figcaption>
            <div className="grid-stack">
              {Array.from({ length: kernel.channels }, (_v, ch) => (
                <GridTable key={ch} label={channelName(name, ch)} cellName={channelName(name, ch)} volume={kernel} channel={ch}
                  onEdit={(r, q, v) => setCell({ kernel: f }, ch, r, q, v)} />
              ))}
            </div>
            {slid && (
              <div className="flipped-kernel">
                <p className="hint">{c.flipped}</p>
                <div className="grid-stack">
                  {Array.from({ length: kernel.channels }, (_v, ch) => (
                    <GridTable key={ch} label={`${channelName(name, ch)} (180°)`} cellName={name} volume={slid[f]!} channel={ch} />
                  ))}
                </div>
              </div>
            )}
            <div className="bias-field">
              <span>{c.bias}</span>
              <CellInput value={biases[f] ?? 0} label={kernels.length > 1 ? c.biasOf(f + 1) : c.bias} onCommit={(v) => setBias(f, v)} />
            </div>
          </figure>
        );
      })}
    </div>
  );
}
