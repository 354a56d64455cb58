import { useMemo, useState } from 'react';
import type { LayerSummary, NetworkSummary } from '../../engine/shapes';
import { networkBlocks } from '../../viz/networkBlocks';
import { useText } from '../useText';
import { BlockGraph } from './BlockGraph';
import { useLayerTypeName } from './useLayerTypeName';

/** Parts shown before "Show all": enough for VGG-16 whole, a screenful of the deep ones. */
const FIRST_PARTS = 40;

/** The network top to bottom: single layers, and blocks with branches that open into their paths. */
export function NetworkDiagram({ summary }: { summary: NetworkSummary }) {
  const a = useText().arch;
  const typeName = useLayerTypeName();
  const d = a.diagram;
  const items = useMemo(() => networkBlocks(summary.layers), [summary.layers]);
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, FIRST_PARTS);
  const shape = (layer: LayerSummary) => layer.outputShape?.join('×') ?? '—';
  return (
    <section className="arch-diagram" aria-labelledby="arch-diagram-heading">
      <h3 id="arch-diagram-heading">{d.title}</h3>
      <p className="hint">{d.intro}</p>
      <ol className="net-flow">
        {shown.map((item) => {
          if (item.kind === 'layer') {
            const layer = summary.layers[item.index]!;
            return (
              <li key={item.index} className={`flow-layer flow-${layer.type}`}>
                <span className="flow-name">{layer.name}</span> <span className="flow-detail">{typeName(layer)} · {shape(layer)}</span>
              </li>
            );
          }
          const merge = summary.layers[item.merge]!;
          const isOpen = open.has(item.merge);
          const toggle = () => setOpen((current) => {
            const next = new Set(current);
            if (isOpen) next.delete(item.merge); else next.add(item.merge);
            return next;
          });
          return (
            <li key={item.merge} className="flow-block">
              <button type="button" aria-expanded={isOpen} aria-label={isOpen ? d.close(merge.name) : d.open(merge.name)} onClick={toggle}>
                <span aria-hidden="true">{isOpen ? '▾' : '▸'}</span> {d.block(merge.type, item.lanes.length, shape(merge))} <span className="flow-detail">({merge.name})</span>
              </button>
              {isOpen && (
                <div className="block-graph-scroll" tabIndex={0} role="group" aria-label={d.blockLabel(merge.name)}>
                  <BlockGraph name={merge.name} fork={item.fork >= 0 ? summary.layers[item.fork]! : null} merge={merge} lanes={item.lanes}
                    layers={summary.layers} />
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {!all && items.length > FIRST_PARTS && <button type="button" className="settings-toggle" onClick={() => setAll(true)}>{d.more(items.length)}</button>}
    </section>
  );
}
