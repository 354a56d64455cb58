import { useMemo, useState } from 'react';
import type { LayerSummary, NetworkSummary } from '../../engine/shapes';
import { networkBlocks } from '../../viz/networkBlocks';
import { useText } from '../useText';
import { BlockGraph } from './BlockGraph';
import { useLayerTypeName } from './useLayerTypeName';

/** Parts shown before "Show all": enough for VGG-16 whole, a screenful of the deep ones. */
const FIRST_PARTS = 40;

/** The network top to bottom: single layers, blocks with branches that open into their paths, and depthwise-separable units that open into their layers. */
export function NetworkDiagram({ summary }: { summary: NetworkSummary }) {
  const a = useText().arch;
  const typeName = useLayerTypeName();
  const d = a.diagram;
  const items = useMemo(() => networkBlocks(summary.layers), [summary.layers]);
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, FIRST_PARTS);
  const shape = (layer: LayerSummary) => layer.outputShape?.join('×') ?? '—';
  const layerItem = (layer: LayerSummary, index: number) => (
    <li key={index} className={`flow-layer flow-${layer.type}`}>
      <span className="flow-name">{layer.name}</span> <span className="flow-detail">{typeName(layer)} · {shape(layer)}</span>
    </li>
  );
  return (
    <section className="arch-diagram" aria-labelledby="arch-diagram-heading">
      <h3 id="arch-diagram-heading">{d.title}</h3>
      <p className="hint">{d.intro}</p>
      <ol className="net-flow">
        {shown.map((item) => {
          if (item.kind === 'layer') return layerItem(summary.layers[item.index]!, item.index);
          const last = item.kind === 'block' ? item.merge : item.last;
          const closing = summary.layers[last]!;
          const isOpen = open.has(last);
          const toggle = () => setOpen((current) => {
            const next = new Set(current);
            if (isOpen) next.delete(last); else next.add(last);
            return next;
          });
          const label = item.kind === 'block'
            ? d.block(closing.type, item.lanes.length, shape(closing))
            : d.separable(item.last - item.first + 1, shape(closing));
          return (
            <li key={last} className="flow-block">
              <button type="button" aria-expanded={isOpen} aria-label={item.kind === 'block' ? (isOpen ? d.close(closing.name) : d.open(closing.name)) : (isOpen ? d.closeLayers(closing.name) : d.openLayers(closing.name))} onClick={toggle}>
                <span aria-hidden="true">{isOpen ? '▾' : '▸'}</span> {label} <span className="flow-detail">({closing.name})</span>
              </button>
              {isOpen && item.kind === 'block' && (
                <div className="block-graph-scroll" tabIndex={0} role="group" aria-label={d.blockLabel(closing.name)}>
                  <BlockGraph name={closing.name} fork={item.fork >= 0 ? summary.layers[item.fork]! : null} merge={closing} lanes={item.lanes}
                    layers={summary.layers} />
                </div>
              )}
              {isOpen && item.kind === 'separable' && (
                <ol className="net-flow net-flow-nested" aria-label={d.unitLayers(closing.name)}>
                  {summary.layers.slice(item.first, item.last + 1).map((layer, k) => layerItem(layer, item.first + k))}
                </ol>
              )}
            </li>
          );
        })}
      </ol>
      {!all && items.length > FIRST_PARTS && <button type="button" className="settings-toggle" onClick={() => setAll(true)}>{d.more(items.length)}</button>}
    </section>
  );
}
