import { linkVertical } from 'd3';
import type { LayerSummary } from '../../engine/shapes';
import { useText } from '../useText';
import { useLayerTypeName } from './useLayerTypeName';

const NODE_W = 196;
const NODE_H = 34;
const GAP_X = 18;
const GAP_Y = 16;
const link = linkVertical<{ source: [number, number]; target: [number, number] }, [number, number]>();

/**
 * One block's paths side by side, from the layer it forks from to the layer where they merge; a
 * path with no layers is the identity shortcut, drawn as a dashed skip line.
 */
export function BlockGraph({ name, fork, merge, lanes, layers }: {
  name: string; fork: LayerSummary | null; merge: LayerSummary; lanes: number[][]; layers: readonly LayerSummary[];
}) {
  const d = useText().arch.diagram;
  const typeName = useLayerTypeName();
  const depth = Math.max(1, ...lanes.map((lane) => lane.length));
  const width = lanes.length * (NODE_W + GAP_X) - GAP_X;
  const height = (depth + 2) * (NODE_H + GAP_Y);
  const laneX = (lane: number) => lane * (NODE_W + GAP_X);
  const rowY = (row: number) => row * (NODE_H + GAP_Y);
  const top: [number, number] = [width / 2, NODE_H];
  const bottom: [number, number] = [width / 2, rowY(depth + 1)];
  const node = (layer: LayerSummary, x: number, y: number, key: string) => (
    <g key={key} transform={`translate(${x}, ${y})`}>
      <rect width={NODE_W} height={NODE_H} rx={6} className={`block-node block-node-${layer.type}`} />
      <text x={8} y={14} className="block-node-name">{layer.name}</text>
      <text x={8} y={28} className="block-node-detail">{typeName(layer)} · {layer.outputShape?.join('×') ?? '—'}</text>
    </g>
  );
  return (
    <svg className="block-graph" viewBox={`-4 -4 ${width + 8} ${height + 8}`} width={width + 8} role="img" aria-label={d.blockLabel(name)}>
      {lanes.map((lane, i) => {
        const x = laneX(i) + NODE_W / 2;
        if (lane.length === 0) {
          const path = `M${top[0]},${top[1]} C${x},${top[1] + GAP_Y} ${x},${top[1] + GAP_Y} ${x},${rowY(1)} L${x},${rowY(depth + 1) - GAP_Y} C${x},${bottom[1]} ${x},${bottom[1]} ${bottom[0]},${bottom[1]}`;
          return (
            <g key={i}>
              <path d={path} className="block-edge block-skip" />
              <text x={x + 6} y={rowY(1) + NODE_H / 2} className="block-node-detail">{d.identity}</text>
            </g>
          );
        }
        const points: [number, number][] = lane.map((_index, row) => [x, rowY(row + 1)]);
        return (
          <g key={i}>
            <path d={link({ source: top, target: points[0]! }) ?? ''} className="block-edge" />
            {points.slice(1).map((p, row) => <path key={row} d={`M${x},${points[row]![1] + NODE_H} L${p[0]},${p[1]}`} className="block-edge" />)}
            <path d={link({ source: [x, points.at(-1)![1] + NODE_H], target: bottom }) ?? ''} className="block-edge" />
            {lane.map((index, row) => node(layers[index]!, laneX(i), rowY(row + 1), String(index)))}
          </g>
        );
      })}
      {fork ? node(fork, width / 2 - NODE_W / 2, 0, 'fork') : (
        <g transform={`translate(${width / 2 - NODE_W / 2}, 0)`}><rect width={NODE_W} height={NODE_H} rx={6} className="block-node" /><text x={8} y={22} className="block-node-name">{d.input}</text></g>
      )}
      {node(merge, width / 2 - NODE_W / 2, rowY(depth + 1), 'merge')}
    </svg>
  );
}
