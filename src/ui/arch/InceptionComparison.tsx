import { useMemo } from 'react';
import { compareInceptionModules, type InceptionWidths, type ModuleCost } from '../../engine/architectures/inceptionComparison';
import { networkBlocks } from '../../viz/networkBlocks';
import { useText } from '../useText';
import { BlockGraph } from './BlockGraph';

/** The notes' example: 28×28×256 in; 1×1: 128, 3×3: 192 (after a 64-channel 1×1), 5×5: 96 (after 64), pool projected to 64. */
const NOTES_INPUT = { height: 28, width: 28, channels: 256 };
const NOTES_WIDTHS: InceptionWidths = [128, 64, 192, 64, 96, 64];

/** The naive and the bottleneck Inception module side by side: output, parameters, multiply-adds and their paths. */
export function InceptionComparison() {
  const t = useText();
  const a = t.arch;
  const i = a.inception;
  const g = a.grouped;
  const comparison = useMemo(() => compareInceptionModules(NOTES_INPUT, NOTES_WIDTHS), []);
  const variant = (title: string, cost: ModuleCost, label: string, id: string) => {
    const block = networkBlocks(cost.summary.layers).find((item) => item.kind === 'block');
    return (
      <section className="inception-variant" aria-labelledby={`${id}-heading`}>
        <h3 id={`${id}-heading`}>{title}</h3>
        <dl>
          <dt>{i.outputDepth}</dt><dd>{NOTES_INPUT.height}×{NOTES_INPUT.width}×{cost.outputDepth}</dd>
          <dt>{label}</dt><dd aria-label={label}>{g(cost.multiplyAdds)}</dd>
          <dt>{i.params}</dt><dd>{g(cost.params)}</dd>
        </dl>
        {block?.kind === 'block' && (
          <div className="block-graph-scroll" tabIndex={0} role="group" aria-label={i.moduleLabel(title)}>
            <BlockGraph name={title} fork={null} merge={cost.summary.layers[block.merge]!} lanes={block.lanes} layers={cost.summary.layers} />
          </div>
        )}
      </section>
    );
  };
  const { naive, bottleneck } = comparison;
  return (
    <section className="panel panel-explain" aria-labelledby="inception-heading">
      <h2 id="inception-heading">{i.title}</h2>
      <p className="intro">{i.intro}</p>
      <div className="inception-variants">
        {variant(i.naive, naive, i.naiveMultiplyAdds, 'inception-naive')}
        {variant(i.bottleneck, bottleneck, i.bottleneckMultiplyAdds, 'inception-bottleneck')}
      </div>
      <p>{i.ratio(`${((100 * bottleneck.multiplyAdds) / naive.multiplyAdds).toFixed(1)} %`)}</p>
      <p className="hint">{i.notes(g(naive.multiplyAdds), g(bottleneck.multiplyAdds))}</p>
    </section>
  );
}
