/**
 * exportKeras(): one runnable Keras 3 file for Google Colab or `python file.py`: constants, data
 * loading, build_model(), compile_model(), main(epochs, steps_per_epoch, mnist_path). Only
 * numpy, keras and the standard library are imported.
 */
import type { ExportInput } from './exportTypes';
import { exportPlan, type ExportPlan } from './exportPlan';
import { commentText, kerasBuildModel, kerasHelpers, pyShape } from './kerasModel';
import { kerasDataCode, kerasTaskConstants } from './kerasData';
import { kerasOptimizerCall } from './libraryDefaults';
import { epochPlan, isMnistTask } from './taskFacts';
import { pyBool, pyFloat, pyNumber, pyString } from './pythonLiteral';

function constants(plan: ExportPlan): string {
  const { training, seed, title } = plan.input;
  const epochs = epochPlan(plan.input.task, training.batchSize);
  const output = plan.geometry.output;
  const rows: [string, string, string][] = [
    ['TITLE', pyString(title), ''],
    ['SEED', pyNumber(seed), "repeatable runs; Keras draws other numbers than the app from it"],
    ['LEARNING_RATE', pyFloat(training.learningRate), ''],
    ['BATCH_SIZE', pyNumber(training.batchSize), 'examples per gradient step'],
    ['EPOCHS', pyNumber(epochs.epochs), epochs.source === 'mnist' ? 'passes over the 60,000 training images' : ''],
  ];
  if (epochs.source === 'generated') rows.push(['STEPS_PER_EPOCH', pyNumber(epochs.stepsPerEpoch), 'steps of fresh examples per epoch (the app never runs out of them)']);
  if (training.l2 > 0) rows.push(['L2_PENALTY', pyFloat(training.l2), 'λ of the penalty λ·Σw² over every kernel']);
  if (training.clipping) rows.push(['CLIP_THRESHOLD', pyFloat(training.clipThreshold), 'largest global gradient norm a step applies']);
  rows.push(['INPUT_SHAPE', pyShape(plan.inputShape), 'one example, without the batch axis']);
  if (output.kind === 'classes') rows.push(['CLASSES', pyNumber(output.classes), '']);
  else rows.push(['TOLERANCE', pyFloat(output.tolerance), 'an answer this close to the target counts as right']);
  rows.push(...kerasTaskConstants(plan));
  return rows.map(([name, value, comment]) => `${name} = ${value}${comment ? `  # ${comment}` : ''}`).join('\n');
}

function compileModel(plan: ExportPlan): string[] {
  const { className, settings } = kerasOptimizerCall(plan.input.training.optimizer, plan.input.training.learningRate);
  const args = settings.map(([key, value]) => `${key}=${key === 'learning_rate' ? 'LEARNING_RATE' : typeof value === 'boolean' ? pyBool(value) : pyFloat(value)}`);
  if (plan.input.training.clipping) args.push('global_clipnorm=CLIP_THRESHOLD');
  const classes = plan.geometry.output.kind === 'classes';
  const blocks: string[] = [];
  if (!classes) {
    blocks.push(`def within_tolerance(y_true, y_pred):
    """The app's accuracy for value answers: the share of answers within TOLERANCE of the target."""
    return keras.ops.cast(keras.ops.abs(y_pred - y_true) <= TOLERANCE, "float32")`);
  }
  const loss = classes ? 'keras.losses.SparseCategoricalCrossentropy()' : 'keras.losses.MeanSquaredError()';
  const metric = classes ? 'keras.metrics.SparseCategoricalAccuracy(name="accuracy")' : 'within_tolerance';
  const perStep = plan.geometry.perStep ? ' (one answer per step, averaged over every step)' : '';
  blocks.push(`def compile_model(model):
    """The app's optimizer (tfjs's constants written out), loss${perStep} and accuracy."""
    optimizer = keras.optimizers.${className}(${args.join(', ')})
    model.compile(optimizer=optimizer, loss=${loss}, metrics=[${metric}])
    return model`);
  return blocks;
}

const EVALUATE = `    test_loss, test_accuracy = model.evaluate(x_test, y_test, batch_size=500, verbose=0)
    print(f"{TITLE}: test loss {test_loss:.4f}, test accuracy {test_accuracy:.2%}")
    return {"loss": losses, "test_loss": test_loss, "test_accuracy": test_accuracy}`;

function main(plan: ExportPlan): string {
  const usesRng = !isMnistTask(plan.input.task) || plan.input.training.expandedData;
  const head = `def main(epochs=EPOCHS, steps_per_epoch=None, mnist_path=None):
    """Builds, trains and tests the network; returns the loss of every epoch and the test results.

    steps_per_epoch: a few steps for a quick check (None: the whole epoch).
    mnist_path: a local mnist.npz${isMnistTask(plan.input.task) ? ' instead of downloading' : ' (unused by this task)'}.
    """
    keras.utils.set_random_seed(SEED)${usesRng ? '\n    rng = np.random.default_rng(SEED)' : ''}
    train, (x_test, y_test) = load_data(mnist_path)
    model = compile_model(build_model())
    model.summary()`;
  let fit: string;
  if (!isMnistTask(plan.input.task)) {
    fit = `    batches = FreshBatches(train, rng, STEPS_PER_EPOCH)
    history = model.fit(batches, epochs=epochs, steps_per_epoch=steps_per_epoch, verbose=2)
    losses = history.history["loss"]`;
  } else if (plan.input.training.expandedData) {
    fit = `    x_train, y_train = train
    losses = []
    for epoch in range(epochs):
        # A fresh shift of every image each epoch, as the app draws one each time it serves an image.
        history = model.fit(shift_images(x_train, rng), y_train, batch_size=BATCH_SIZE, epochs=epoch + 1, initial_epoch=epoch,
                            steps_per_epoch=steps_per_epoch, shuffle=True, verbose=2)
        losses += history.history["loss"]`;
  } else {
    fit = `    x_train, y_train = train
    history = model.fit(x_train, y_train, batch_size=BATCH_SIZE, epochs=epochs, steps_per_epoch=steps_per_epoch, shuffle=True, verbose=2)
    losses = history.history["loss"]`;
  }
  return `${head}\n${fit}\n${EVALUATE}`;
}

function header(plan: ExportPlan): string {
  const lab = plan.kind === 'convolutional' ? 'CNN lab' : 'RNN lab';
  return `# ${commentText(plan.input.title)}
#
# Exported from the CNN & RNN Playground (${lab}): the same network and training settings,
# as Keras 3 code. In Google Colab, paste it into a cell and run it; elsewhere, \`python this_file.py\`
# (with \`pip install tensorflow\`). Layer names, output shapes and parameter counts are the app's.`;
}

/** The network and training of `input` as a runnable Keras 3 (Python) file. */
export function exportKeras(input: ExportInput): string {
  const plan = exportPlan(input);
  const body = [
    constants(plan),
    ...kerasDataCode(plan),
    ...kerasHelpers(plan),
    kerasBuildModel(plan),
    ...compileModel(plan),
    main(plan),
    'if __name__ == "__main__":\n    main()',
  ];
  // The standard library's math only where the code uses it (the signal task, the text split, truncated normals).
  const imports = `${body.some((section) => /\bmath\./.test(section)) ? 'import math\n\n' : ''}import keras\nimport numpy as np\nfrom keras import layers`;
  return `${[header(plan), imports, ...body].join('\n\n\n')}\n`;
}
