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

  it('MobileNet\'s depthwise step, its pointwise convolution and their normalisation and activation are one unit', () => {
    const typed = (name: string, from: string, type: string): FlowLayer => ({ name, inputs: [from], type });
    const layers = [
      typed('stem', 'input', 'conv2d'), typed('dw', 'stem', 'depthwiseConv2d'), typed('dw_bn', 'dw', 'batchNorm'), typed('dw_relu', 'dw_bn', 'activation'),
      typed('pw', 'dw_relu', 'conv2d'), typed('pw_bn', 'pw', 'batchNorm'), typed('pw_relu', 'pw_bn', 'activation'), typed('pool', 'pw_relu', 'pool'),
      // A depthwise step with no pointwise convolution after it stays as it is.
      typed('dw2', 'pool', 'depthwiseConv2d'), typed('flat', 'dw2', 'flatten'),
    ];
    expect(networkBlocks(layers)).toEqual([
      { kind: 'layer', index: 0 }, { kind: 'separable', first: 1, last: 6 }, { kind: 'layer', index: 7 }, { kind: 'layer', index: 8 }, { kind: 'layer', index: 9 },
    ]);
    // Read from inside (a branch off the middle), it is no longer one unit.
    expect(networkBlocks([...layers, { name: 'side', inputs: ['dw_bn'], type: 'activation' }]).some((i) => i.kind === 'separable')).toBe(false);
  });

  it('paths that do not meet at one fork stay single layers', () => {
    const layers = [chain('a', 'input'), chain('b', 'a'), chain('c', 'b'), { name: 'sum', inputs: ['c', 'a'] }, { name: 'sum2', inputs: ['sum', 'b'] }];
    const items = networkBlocks(layers);
    expect(items.filter((i) => i.kind === 'block')).toHaveLength(0);
  });
});
