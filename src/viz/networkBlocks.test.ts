import { describe, expect, it } from 'vitest';
import { networkBlocks, type FlowLayer } from './networkBlocks';

const chain = (name: string, from: string): FlowLayer => ({ name, inputs: [from] });

describe('cutting a network into layers and blocks', () => {
  it('a plain chain is all single layers', () => {
    expect(networkBlocks([chain('a', 'input'), chain('b', 'a')])).toEqual([{ kind: 'layer', index: 0 }, { kind: 'layer', index: 1 }]);
  });

  it('a residual block with an identity shortcut is one block with an empty lane', () => {
    const layers = [chain('stem', 'input'), chain('c1', 'stem'), chain('c2', 'c1'), { name: 'sum', inputs: ['c2', 'stem'] }, chain('relu', 'sum')];
    expect(networkBlocks(layers)).toEqual([
      { kind: 'layer', index: 0 },
      { kind: 'block', fork: 0, merge: 3, lanes: [[1, 2], []] },
      { kind: 'layer', index: 4 },
    ]);
  });

  it('an Inception-like module with four paths, straight from the input', () => {
    const layers = [chain('a', 'input'), chain('b1', 'input'), chain('b2', 'b1'), chain('p', 'input'), { name: 'cat', inputs: ['a', 'b2', 'p'] }];
    expect(networkBlocks(layers)).toEqual([{ kind: 'block', fork: -1, merge: 4, lanes: [[0], [1, 2], [3]] }]);
  });

  it('paths that do not meet at one fork stay single layers', () => {
    const layers = [chain('a', 'input'), chain('b', 'a'), chain('c', 'b'), { name: 'sum', inputs: ['c', 'a'] }, { name: 'sum2', inputs: ['sum', 'b'] }];
    const items = networkBlocks(layers);
    expect(items.filter((i) => i.kind === 'block')).toHaveLength(0);
  });
});
