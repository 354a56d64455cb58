/**
 * What can be wrong with a layer stack, as codes with their numbers (the UI words them in the
 * reader's language). Formulas are plain arithmetic, the same in every language.
 */
export type LayerSetting = 'filters' | 'kernel' | 'stride' | 'size' | 'padding' | 'units' | 'rate';
export type OptionSetting = 'padding' | 'activation' | 'pooling' | 'type' | 'init';

export type ShapeProblem =
  /** Convolution, pooling and zero padding need height × width × channels. */
  | { code: 'needsImage'; layer: 'conv2d' | 'depthwiseConv2d' | 'pool' | 'zeroPad'; length: number }
  | { code: 'settingOutOfRange'; setting: LayerSetting; value: string; min: number; max: number; belowMax?: boolean }
  | { code: 'unknownOption'; setting: OptionSetting; value: string }
  | { code: 'windowTooBig'; pool: boolean; window: number; height: number; width: number; rows: string; columns: string }
  | { code: 'alreadyFlat'; length: number }
  | { code: 'needsFlat'; shape: string }
  | { code: 'notALayer' }
  | { code: 'nameMissing' }
  | { code: 'nameTwice'; name: string }
  /** tfjs names tensors after layers and accepts only ASCII letters, digits and . _ - / (a letter or digit first). */
  | { code: 'nameNotAllowed'; name: string }
  /** Nothing reads this layer's output (only the last layer may be unread): a branch that leads nowhere. */
  | { code: 'unusedOutput'; name: string }
  /** A layer the analysis understands but the lab does not build yet. */
  | { code: 'analysisOnlyLayer'; type: string; detail?: 'noBias' | 'nonSquareKernel' | 'samePadding' }
  | { code: 'tooWideToTrain'; setting: 'filters' | 'units'; value: number; max: number }
  /** `inputs` is not a list of layer names. */
  | { code: 'badInputs' }
  | { code: 'inputCount'; merge: boolean; count: number }
  /** `inputs` names a layer that is not above this one. */
  | { code: 'unknownInput'; name: string }
  | { code: 'shapesDiffer'; merge: 'add' | 'concatenate'; shapes: string[] }
  | { code: 'badInput' }
  | { code: 'badClasses' }
  | { code: 'tooManyParams'; params: number; max: number }
  | { code: 'noLayers'; classes: number }
  | { code: 'wrongOutput'; classes: number; shape: string | null }
  | { code: 'needsSoftmax' };
