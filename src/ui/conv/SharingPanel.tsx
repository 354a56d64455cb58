import { useMemo, useState } from 'react';
import { denseCount, sharingCounts } from '../../engine/explain';
import { NumberField } from '../lab/NumberField';
import { Explain } from '../common/Explain';
import { useText } from '../useText';
import { SharingPattern } from './SharingPattern';

const whole = (min: number, max: number) => ({ min, max, integer: true });
const RULES = { size: whole(1, 512), channels: whole(1, 2048), kernel: whole(1, 11), filters: whole(1, 2048), stride: whole(1, 8), tiles: whole(1, 8), hidden: whole(1, 100_000) };

/** Parameters of a convolution against a dense layer and against the notes' variants, with a picture of what is shared. */
export function SharingPanel() {
  const t = useText().explainers;
  const p = t.sharing;
  const g = t.grouped;
  // The notes' example: 28 × 28 MNIST input, 20 feature maps of 5 × 5, against 30 hidden units.
  const [inSize, setInSize] = useState(28);
  const [inChannels, setInChannels] = useState(1);
  const [kernel, setKernel] = useState(5);
  const [filters, setFilters] = useState(20);
  const [stride, setStride] = useState(2);
  const [tiles, setTiles] = useState(2);
  const [hidden, setHidden] = useState(30);
  const counts = useMemo(() => (kernel <= inSize ? sharingCounts({ inSize, inChannels, kernel, filters, stride, tiles }) : null), [inSize, inChannels, kernel, filters, stride, tiles]);
  const inputs = inSize * inSize * inChannels;
  const dense = denseCount(inputs, hidden);
  const conv = counts?.find((c) => c.variant === 'convolution');
  const field = (id: string, label: string, value: number, rule: { min: number; max: number; integer: boolean }, set: (v: number) => void, tip?: string) => (
    <div className="field"><NumberField id={id} label={label} tip={tip} visibleLabel value={value} rule={rule} onCommit={set} /></div>
  );
  return (
    <section className="panel panel-explain" aria-labelledby="sharing-heading">
      <h2 id="sharing-heading">{p.title}</h2>
      <p className="intro">{p.intro}</p>
      <form className="hyper-form" onSubmit={(e) => e.preventDefault()} aria-label={p.title}>
        {field('share-size', p.inSize, inSize, RULES.size, setInSize)}
        {field('share-channels', p.inChannels, inChannels, RULES.channels, setInChannels)}
        {field('share-kernel', p.kernel, kernel, RULES.kernel, setKernel)}
        {field('share-filters', p.filters, filters, RULES.filters, setFilters)}
        {field('share-stride', p.stride, stride, RULES.stride, setStride, p.strideTip)}
        {field('share-tiles', p.tiles, tiles, RULES.tiles, setTiles, p.tilesTip)}
        {field('share-hidden', p.hidden, hidden, RULES.hidden, setHidden, p.hiddenTip)}
      </form>
      {!counts || !conv ? <p className="explain-problem" role="alert">{t.separable.tooSmall}</p> : (
        <>
          <p className="notes-comparison">{p.notes(g(conv.parameters), g(dense.parameters), g(inputs), g(hidden))}</p>
          <div className="table-scroll">
            <table className="summary-table sharing-table" aria-label={p.table}>
              <thead>
                <tr>
                  <th scope="col">{p.variant}</th><th scope="col">{p.output}</th><th scope="col" className="num">{p.kernels}</th>
                  <th scope="col" className="num">{p.weights}</th><th scope="col" className="num">{p.biases}</th><th scope="col" className="num">{p.parameters}</th>
                  <th scope="col">{p.pattern}</th>
                </tr>
              </thead>
              <tbody>
                {counts.map((row) => {
                  const name = p.variants[row.variant];
                  return (
                    <tr key={row.variant}>
                      <th scope="row">{name} <Explain about={name}>{p.explanations[row.variant]}</Explain></th>
                      <td>{row.outSize} × {row.outSize} × {g(filters)}</td>
                      <td className="num">{g(row.kernelsPerFilter)}</td>
                      <td className="num">{g(row.weights)}</td>
                      <td className="num">{g(row.biases)}</td>
                      <td className="num">{g(row.parameters)}</td>
                      <td><SharingPattern variant={row.variant} tiles={tiles} label={p.patternLabel(name)} /></td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p className="hint">{p.patternLegend}</p>
        </>
      )}
    </section>
  );
}
