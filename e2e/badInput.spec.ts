/**
 * The bad input corpus: 450 odd or hostile inputs, each of which must get a clear message or be
 * harmlessly ignored: never an uncaught error, never a lost configuration. Many cases run per page
 * load and only the last test trains for more than a step, so the file stays within minutes.
 *
 * Cases (CASES at the bottom holds the counts, and each test checks its own):
 *   24  impossible layer stacks and wirings in the CNN lab's editor
 *   85  odd numbers typed into the CNN lab's fields (every field × empty, negative, 0, 1e10, abc, NaN, a fraction, 1e-400)
 *  123  the same into the RNN lab's network, training and task fields, for every task
 *  160  the same into the convolution, pooling and architectures screens' fields and grid cells
 *   20  hostile share links
 *   13  damaged or foreign model files (and one with a script-looking name)
 *   13  odd training texts and generator seeds, and a reload after them
 *    4  empty drawings
 *    8  rapid-fire clicks and keys, and preset, screen and backend changes mid-run
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { readNumber, readout, waitUntilTrainable, watchPage } from './helpers';
import { decodeModelFile, encodeModelFile } from '../src/engine/modelFile/modelFileCodec';
import { positiveNumberOddities, typeOddValues, wholeNumberField, type NumberFieldCase } from './badInputFields';

/** Every test ends the same way: nothing was reported to the console, nothing left the origin. */
function expectQuiet(watched: ReturnType<typeof watchPage>) {
  expect(watched.errors).toEqual([]);
  expect(watched.foreignRequests).toEqual([]);
}

const summaryTable = (page: Page) => page.getByRole('table', { name: 'Model summary' });
const totalParams = (page: Page) => page.getByLabel('Total params');

async function typeInto(page: Page, label: string, value: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Enter');
}

test('CNN lab: odd numbers in every field are refused with the rule, and the network that trains stays', async ({ page }) => {
  const watched = watchPage(page);
  await page.goto('./#/cnn');
  await expect(page.getByLabel('Preset')).toHaveValue('conv-pool');
  // A dropout layer, so its rate field is there too.
  await page.getByLabel('Layer type to add').selectOption({ label: 'Dropout' });
  await page.getByRole('button', { name: 'Add layer' }).click();
  await expect(summaryTable(page)).toContainText('dropout1');
  const total = await totalParams(page).textContent();
  const whole = wholeNumberField;
  const fields: NumberFieldCase[] = [
    { label: 'Learning rate', range: 'a number above 0 and at most 10', typed: positiveNumberOddities },
    whole('Batch size', 'a whole number from 1 to 1,024'),
    whole('Seed', 'a whole number from 0 to 2,147,483,647'),
    { label: 'L2 weight penalty', range: 'a number at least 0 and below 1', typed: [['', 'empty'], ['-1', 'outOfRange'], ['1', 'outOfRange'], ['1e9', 'outOfRange'], ['abc', 'notANumber'], ['NaN', 'notANumber'], ['0,5', 'notANumber']] },
    whole('conv1 filters', 'a whole number from 1 to 512'),
    whole('conv1 kernel', 'a whole number from 1 to 1,024'),
    whole('conv1 stride', 'a whole number from 1 to 1,024'),
    whole('pool1 size', 'a whole number from 1 to 1,024'),
    whole('pool1 stride', 'a whole number from 1 to 1,024'),
    whole('dense1 units', 'a whole number from 1 to 4,096'),
    { label: 'dropout1 rate', range: 'a number at least 0 and below 1', typed: [['', 'empty'], ['-0.5', 'outOfRange'], ['1', 'outOfRange'], ['1e9', 'outOfRange'], ['abc', 'notANumber'], ['NaN', 'notANumber'], ['50%', 'notANumber']] },
  ];
  let cases = 0;
  for (const field of fields) cases += await typeOddValues(page, field);
  expect(cases).toBe(CASES.cnnFields);
  // Nothing typed reached the network: the same summary, and it trains.
  await expect(totalParams(page)).toHaveText(total!);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await waitUntilTrainable(page);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(readout(page, 'Step count')).toHaveText('1');
  expect(Number.isFinite(await readNumber(readout(page, 'Loss')))).toBe(true);
  // A reload brings back the same configuration: nothing odd was saved either.
  await page.reload();
  await expect(totalParams(page)).toHaveText(total!);
  await expect(page.getByLabel('Learning rate')).toHaveValue('0.001');
  await expect(page.getByLabel('Seed', { exact: true })).toHaveValue('1');
  expectQuiet(watched);
});


/** A problem the page states in an alert, and Train refuses until it is fixed. */
async function expectProblem(page: Page, text: string | RegExp) {
  const shown = await page.getByRole('alert').allTextContents();
  await expect(page.getByRole('alert').filter({ hasText: text }).first(), `alerts shown: ${shown.join(' | ')}`).toBeVisible();
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();
}

async function addLayer(page: Page, type: string) {
  await page.getByLabel('Layer type to add').selectOption({ label: type });
  await page.getByRole('button', { name: 'Add layer' }).click();
}

async function moveUp(page: Page, name: string, times: number) {
  for (let i = 0; i < times; i++) await page.getByRole('button', { name: `Move ${name} up` }).click();
}

test('CNN lab: impossible layer stacks and wirings are each explained on their row, and a preset puts it right', async ({ page }) => {
  const watched = watchPage(page);
  let cases = 0;
  const problem = async (text: string | RegExp) => { cases++; await expectProblem(page, text); };
  await page.goto('./#/cnn');
  await waitUntilTrainable(page);
  const total = await totalParams(page).textContent();

  // Kernels and windows that do not fit.
  await typeInto(page, 'conv1 kernel', '1024');
  await problem('conv1: a 1024×1024 kernel does not fit a 28×28 input');
  await typeInto(page, 'conv1 kernel', '5');
  await typeInto(page, 'pool1 size', '25');
  await problem('pool1: a 25×25 pooling window does not fit a 24×24 input');
  await typeInto(page, 'pool1 size', '2');
  // A stride as wide as the image leaves one position, and nothing for the pooling window after it.
  await typeInto(page, 'conv1 stride', '1024');
  await problem('pool1: a 2×2 pooling window does not fit a 1×1 input');
  await expect(summaryTable(page).getByRole('row', { name: /^conv1/ })).toContainText('(None, 1, 1, 20)');
  await typeInto(page, 'conv1 stride', '1');

  // Layers in the wrong place: a convolution after the dense layers, then moved up onto a map too small.
  await addLayer(page, 'Conv2D');
  await problem(/conv2: convolution needs an image-shaped input \(height×width×channels\), but gets a flat vector of 100/);
  await moveUp(page, 'conv2', 2);
  await typeInto(page, 'conv2 kernel', '13');
  await problem('conv2: a 13×13 kernel does not fit a 12×12 input');
  await page.getByRole('button', { name: 'Remove conv2' }).click();

  // Too many pooling layers: 24 → 12 → 6 → 3 → 1, and a fifth 2×2 window has nothing left to pool.
  for (const name of ['pool2', 'pool3', 'pool4', 'pool5']) {
    await addLayer(page, 'Pooling2D');
    await moveUp(page, name, 2);
  }
  await problem(/pool5: a 2×2 pooling window does not fit a 1×1 input/);
  for (const name of ['pool5', 'pool4', 'pool3', 'pool2']) await page.getByRole('button', { name: `Remove ${name}` }).click();
  await expect(totalParams(page)).toHaveText(total!);

  // Flatten missing, then twice.
  await page.getByRole('button', { name: 'Remove flatten' }).click();
  await problem(/dense1: a dense layer needs a flat vector, but gets a 12×12×20 tensor; add a Flatten/);
  await addLayer(page, 'Flatten');
  await moveUp(page, 'flatten1', 1);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await addLayer(page, 'Flatten');
  await moveUp(page, 'flatten2', 1);
  await problem(/flatten2: the input is already a flat vector of 2,880; remove this Flatten layer/);
  await page.getByRole('button', { name: 'Remove flatten2' }).click();

  // Too many parameters, and an output that is not ten softmax scores.
  await typeInto(page, 'conv1 filters', '512');
  await typeInto(page, 'dense1 units', '4096');
  await problem(/parameters is more than this page trains/);
  await typeInto(page, 'conv1 filters', '20');
  await typeInto(page, 'dense1 units', '100');
  await typeInto(page, 'output units', '7');
  await problem(/the last layer must output 10 class scores, but outputs 7; end with Dense\(10, softmax\)/);
  await typeInto(page, 'output units', '10');
  await page.getByLabel('output activation').selectOption('relu');
  await problem('the last layer must use softmax');
  await page.getByLabel('output activation').selectOption('softmax');
  await page.getByRole('button', { name: 'Remove output' }).click();
  await problem(/dense1: the last layer must output 10 class scores, but outputs 100/);
  // Before a run, a preset is taken at once: back to conv-pool for the wiring cases.
  await page.getByLabel('Preset').selectOption('conv-pool');
  await expect(totalParams(page)).toHaveText(total!);

  // Merges: mismatched shapes, missing, self-named, later and script-looking inputs, too few.
  await addLayer(page, 'Add');
  const addInputs = page.getByLabel('add1 inputs', { exact: true });
  const wire = async (text: string) => { await addInputs.fill(text); await addInputs.press('Enter'); };
  await wire('conv1, pool1');
  await problem(/add1: .*24×24×20.*12×12×20/);
  await wire('ghost, pool1');
  await problem('add1: "ghost" is not a layer above this one');
  await wire('add1, pool1');
  await problem('add1: "add1" is not a layer above this one');
  await wire('pool1, output');
  await problem('add1: "output" is not a layer above this one');
  await wire('<img src=x onerror=window.__pwned=1>, pool1');
  await problem('add1: "<img" is not a layer above this one');
  await wire('pool1');
  await problem('add1: a merge layer needs at least 2 inputs, but has 1');
  await wire('');
  await problem(/add1: a merge layer needs at least 2 inputs, but has 0|"inputs" must be a list/);
  // Removing it keeps the wiring (whoever read add1 reads what add1 read): now the output reads nothing, and says so.
  await page.getByRole('button', { name: 'Remove add1' }).click();
  await problem('output: this layer reads exactly one input, but names 0');
  await page.getByLabel('output inputs', { exact: true }).fill('dense1');
  await page.getByLabel('output inputs', { exact: true }).press('Enter');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await addLayer(page, 'Concatenate');
  const concatInputs = page.getByLabel('concat1 inputs', { exact: true });
  await concatInputs.fill('conv1, dense1');
  await concatInputs.press('Enter');
  await problem(/concat1: .*24×24×20.*100/);
  await page.getByLabel('Preset').selectOption('conv-pool');
  // A branch that leads nowhere: add1 sums dense1 with itself, but the output reads dense1 directly.
  await addLayer(page, 'Add');
  await wire('dense1, dense1');
  await expect(page.getByRole('alert'), (await page.getByRole('alert').allTextContents()).join(' | ')).toHaveCount(0);
  await page.getByLabel('output inputs', { exact: true }).fill('dense1');
  await page.getByLabel('output inputs', { exact: true }).press('Enter');
  await problem('add1: nothing reads the output of "add1"');
  await page.getByRole('button', { name: 'Remove add1' }).click();

  // The output layer moved to the top, then every layer removed.
  await moveUp(page, 'output', 4);
  await problem('output: "dense1" is not a layer above this one');
  while (await page.getByRole('button', { name: /^Remove / }).count() > 0) await page.getByRole('button', { name: /^Remove / }).first().click();
  await problem('add layers: the network must end in a dense layer of 10 softmax units');
  await expect(page.getByRole('button', { name: 'Add layer' })).toBeEnabled();

  // Nothing is stuck: a preset brings back a network that trains.
  await page.getByLabel('Preset').selectOption('conv-pool');
  await expect(totalParams(page)).toHaveText(total!);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await waitUntilTrainable(page);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(readout(page, 'Step count')).toHaveText('1');
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(cases).toBe(CASES.layerStacks);
  expectQuiet(watched);
});


test('RNN lab: odd numbers in the network, training and every task\'s fields are refused, and the network stays', async ({ page }) => {
  const watched = watchPage(page);
  await page.goto('./#/rnn');
  await expect(page.getByLabel('Cell', { exact: true })).toHaveValue('lstm');
  const layersTable = page.getByRole('table', { name: 'Layers and parameters' });
  const whole = wholeNumberField;
  const positive = (label: string, range: string): NumberFieldCase => ({ label, range, typed: positiveNumberOddities });
  const signed = (label: string, range: string, low: string, high: string): NumberFieldCase => ({
    label, range, typed: [['', 'empty'], [low, 'outOfRange'], [high, 'outOfRange'], ['1e9', 'outOfRange'], ['-1e9', 'outOfRange'], ['abc', 'notANumber'], ['NaN', 'notANumber'], ['1,5', 'notANumber']],
  });
  const byTask: [string | null, NumberFieldCase[]][] = [
    [null, [
      whole('Units', 'a whole number from 1 to 256'),
      whole('Recurrent layers', 'a whole number from 1 to 3'),
      signed('Forget-gate bias at start', 'a number from -5 to 5', '-6', '5.5'),
      positive('Recurrent weight scale', 'a number from 0.1 to 5'),
      positive('Learning rate', 'a number above 0 and at most 10'),
      whole('Batch size', 'a whole number from 1 to 1,024'),
      whole('Seed', 'a whole number from 0 to 2,147,483,647'),
      positive('Clip threshold', 'a number from 0.01 to 100'),
    ]],
    ['delayedRecall', [whole('Delay T', 'a whole number from 1 to 100'), whole('Symbols', 'a whole number from 2 to 8')]],
    ['adding', [whole('Length T', 'a whole number from 4 to 200')]],
    ['signal', [whole('Length T', 'a whole number from 10 to 200'), signed('Noise σ', 'a number from 0 to 0.5', '-0.1', '0.6')]],
    ['text', [whole('Characters per sequence', 'a whole number from 4 to 100'), whole('Characters to write', 'a whole number from 1 to 2,000')]],
  ];
  let cases = 0;
  for (const [task, fields] of byTask) {
    if (task) await page.getByLabel('Task', { exact: true }).selectOption(task);
    const parameters = await layersTable.textContent();
    for (const field of fields) cases += await typeOddValues(page, field);
    // The network and its parameter count are what they were before the odd values.
    await expect(layersTable).toHaveText(parameters!);
  }
  expect(cases).toBe(CASES.rnnFields);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await waitUntilTrainable(page);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(readout(page, 'Step count')).toHaveText('1');
  expectQuiet(watched);
});

test('explainers and architectures: odd numbers in every field and grid cell are refused, and the figures stay', async ({ page }) => {
  const watched = watchPage(page);
  const whole = (label: string, range: string, form: string) => wholeNumberField(label, range, (p) => p.getByRole('form', { name: form }));
  let cases = 0;

  await page.goto('./#/conv');
  await page.getByLabel('Padding', { exact: true }).selectOption('explicit');
  const output = page.getByRole('table', { name: 'Output', exact: true });
  const convFigures = async () => [await output.textContent(), await page.getByRole('table', { name: 'Standard versus depthwise-separable convolution' }).textContent(),
    await page.getByRole('table', { name: 'Parameters of each way of sharing weights' }).textContent()];
  const convBefore = await convFigures();
  for (const field of [
    whole('Stride', 'a whole number from 1 to 4', 'Settings'), whole('Zeros on each side', 'a whole number from 0 to 6', 'Settings'),
    whole('Dilation', 'a whole number from 1 to 4', 'Settings'), whole('Input rows', 'a whole number from 1 to 12', 'Settings'),
    whole('Input columns', 'a whole number from 1 to 12', 'Settings'), whole('Kernel size', 'a whole number from 1 to 7', 'Settings'),
    whole('Input channels', 'a whole number from 1 to 3', 'Settings'), whole('Filters', 'a whole number from 1 to 4', 'Settings'),
    whole('Input size', 'a whole number from 1 to 512', 'Depthwise-separable convolution'),
    whole('Output channels', 'a whole number from 1 to 2,048', 'Depthwise-separable convolution'),
    whole('Kernel size', 'a whole number from 1 to 11', 'Parameter sharing'), whole('Feature maps', 'a whole number from 1 to 2,048', 'Parameter sharing'),
    whole('Step s of the skipping variant', 'a whole number from 1 to 8', 'Parameter sharing'),
    whole('Hidden units of the dense layer', 'a whole number from 1 to 100,000', 'Parameter sharing'),
  ]) cases += await typeOddValues(page, field);
  expect(await convFigures()).toEqual(convBefore);

  // Grid cells: what is not a plain number from −99 to 99 is refused there, and the cell keeps its value.
  const cell = page.getByLabel('Input, row 2, column 2');
  const kept = await cell.inputValue();
  for (const typed of ['100', '-1e9', '0x10', 'Infinity', '1e-400x', '   ', '５']) {
    cases++;
    await cell.fill(typed);
    await cell.press('Enter');
    await expect(cell, typed).toHaveAccessibleDescription(`“${typed}” is not a number from -99 to 99; the cell keeps its value.`);
    await expect(cell, typed).toHaveValue(typed);
    await cell.press('Escape');
    await expect(cell, typed).toHaveValue(kept);
  }
  expect(await convFigures()).toEqual(convBefore);

  await page.getByRole('link', { name: 'Pooling' }).click();
  // The pooling screen has its own Output table: read it only once that screen is up.
  await expect(page.getByRole('form', { name: 'Settings' }).getByLabel('Window size', { exact: true })).toBeVisible();
  await expect(output).not.toHaveText(convBefore[0]!);
  const pooled = await output.textContent();
  for (const field of [
    whole('Window size', 'a whole number from 1 to 7', 'Settings'), whole('Stride', 'a whole number from 1 to 4', 'Settings'),
    whole('Rows', 'a whole number from 1 to 12', 'Settings'), whole('Columns', 'a whole number from 1 to 12', 'Settings'),
  ]) cases += await typeOddValues(page, field);
  await expect(output).toHaveText(pooled!);

  await page.getByRole('link', { name: 'Architectures' }).click();
  const totals = page.getByRole('table', { name: /layers/i }).first();
  const archBefore = await totals.textContent();
  const inputSize = wholeNumberField('Input size', 'a whole number from 8 to 1,024');
  cases += await typeOddValues(page, { ...inputSize, typed: [...inputSize.typed, ['224px', 'notANumber']] });
  await expect(totals).toHaveText(archBefore!);
  expect(cases).toBe(CASES.explainerFields);
  expectQuiet(watched);
});


const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const link = (route: string, config: unknown) => `#/${route}?v=1&lang=en&c=${b64(typeof config === 'string' ? config : JSON.stringify(config))}`;
/** Script-looking text: if it ever became markup, its handler would set a flag the test reads. */
const SCRIPT = '<img src=x onerror=window.__pwned=1>';

/** What each hostile link must open as: the screen's control that shows it, and whether a notice is due. */
interface HostileLink { what: string; hash: string; shows: 'cnn' | 'rnn' | 'conv' | 'pool' | 'arch'; notice: boolean; check?: (page: Page) => Promise<void> }

const HOSTILE_LINKS: HostileLink[] = [
  { what: 'a route that does not exist', hash: '#/nowhere?v=1&c=e30', shows: 'cnn', notice: false },
  { what: 'markup as the route', hash: `#/${encodeURIComponent(SCRIPT)}`, shows: 'cnn', notice: false },
  { what: 'a path-like route', hash: '#/../../etc/passwd', shows: 'cnn', notice: false },
  { what: 'a javascript: hash', hash: '#javascript:window.__pwned=1', shows: 'cnn', notice: false },
  { what: 'malformed percent-encoding in the route and the configuration', hash: '#/%E0%A4%A?v=1&c=%', shows: 'cnn', notice: true },
  { what: 'markup as the language', hash: `#/cnn?v=1&lang=${encodeURIComponent(SCRIPT)}`, shows: 'cnn', notice: false },
  { what: 'only unknown keys, prototype pollution among them', hash: link('cnn', '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"extra":[1,2]}'), shows: 'cnn', notice: false,
    check: async (page) => expect(await page.evaluate(() => (({}) as { polluted?: unknown }).polluted)).toBeUndefined() },
  { what: 'pollution inside the training settings', hash: link('cnn', '{"preset":"relu","hyper":{"__proto__":{"learningRate":5}}}'), shows: 'cnn', notice: false,
    check: async (page) => { await expect(page.getByLabel('Preset')).toHaveValue('relu'); await expect(page.getByLabel('Learning rate')).toHaveValue('0.001'); } },
  { what: '100 kB of junk in an unknown parameter', hash: `#/cnn?v=1&junk=${'x'.repeat(100_000)}`, shows: 'cnn', notice: false },
  { what: 'a 100 kB configuration of unknown keys', hash: link('cnn', { preset: 'relu', junk: 'y'.repeat(75_000) }), shows: 'cnn', notice: false,
    check: async (page) => expect(page.getByLabel('Preset')).toHaveValue('relu') },
  { what: 'a 500 kB configuration', hash: `#/cnn?v=1&c=${'A'.repeat(500_000)}`, shows: 'cnn', notice: true },
  { what: 'NUL bytes', hash: '#/cnn?v=1&c=%00%00', shows: 'cnn', notice: true },
  { what: 'Chinese where base64 belongs', hash: '#/cnn?v=1&c=中文設定', shows: 'cnn', notice: true },
  { what: 'clashing layer names', hash: link('cnn', { preset: null, init: 'glorotUniform', layers: [
    { type: 'conv2d', name: 'conv1', filters: 4, kernel: 5, stride: 1, padding: 'valid', activation: 'relu' },
    { type: 'conv2d', name: 'conv1', filters: 4, kernel: 5, stride: 1, padding: 'valid', activation: 'relu' },
    { type: 'flatten', name: 'flatten' }, { type: 'dense', name: 'output', units: 10, activation: 'softmax' }] }), shows: 'cnn', notice: false,
    check: (page) => expectProblem(page, 'the name "conv1" is used twice') },
  { what: 'markup as a layer name', hash: link('cnn', { preset: null, init: 'glorotUniform', layers: [
    { type: 'flatten', name: SCRIPT }, { type: 'dense', name: 'output', units: 10, activation: 'softmax' }] }), shows: 'cnn', notice: false,
    check: (page) => expectProblem(page, `the name "${SCRIPT}" cannot be used`) },
  { what: 'huge values for the RNN lab', hash: link('rnn', { network: { cell: 'gru', units: 1e308, layers: 1e6 }, hyper: { learningRate: 1e308, batchSize: -1 }, seed: 2 ** 53 }), shows: 'rnn', notice: true },
  { what: 'markup as the RNN text and seed', hash: link('rnn', { task: { id: 'text', text: `${SCRIPT} ${SCRIPT} abc`, length: 8 }, seedText: SCRIPT }), shows: 'rnn', notice: false,
    check: async (page) => { await expect(page.getByLabel('Training text')).toHaveValue(`${SCRIPT} ${SCRIPT} abc`); await expect(page.getByLabel('Seed text')).toHaveValue(SCRIPT); } },
  { what: 'wrong types for the convolution explainer', hash: link('conv', { example: SCRIPT, stride: '2', dilation: 99, padding: { mode: SCRIPT }, position: -1 }), shows: 'conv', notice: true },
  { what: 'a million-cell grid for the pooling explainer', hash: link('pool', { example: 'nope', windowSize: 1e9, stride: 0, poolType: SCRIPT, padding: [1e6] }), shows: 'pool', notice: true },
  { what: 'markup as the architecture', hash: link('arch', { architecture: SCRIPT, inputSize: -5, widthMultiplier: 'wide' }), shows: 'arch', notice: true },
];

/** The control that says a screen is there, with its default value. */
const SCREEN_READY: Record<HostileLink['shows'], [string, string]> = {
  cnn: ['Preset', 'conv-pool'], rnn: ['Task', 'rowMnist'], conv: ['Example', 'courseDiagonal'], pool: ['Example', 'courseMaps'], arch: ['Architecture', 'vgg16'],
};

test('hostile share links open a working page, with a notice where something was replaced, and run no script', async ({ page }) => {
  const watched = watchPage(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
  const notice = page.getByRole('status').filter({ hasText: 'This link could not be opened exactly as it was made.' });
  for (const hostile of HOSTILE_LINKS) {
    await page.goto('about:blank');
    await page.goto(`./${hostile.hash}`);
    const [label, value] = SCREEN_READY[hostile.shows];
    const control = page.getByLabel(label, { exact: true });
    if (hostile.check) await hostile.check(page);
    else await expect(control, hostile.what).toHaveValue(value);
    await expect(page.getByRole('link', { name: { cnn: 'CNN lab', rnn: 'RNN lab', conv: 'Convolution', pool: 'Pooling', arch: 'Architectures' }[hostile.shows] }), hostile.what)
      .toHaveAttribute('aria-current', 'page');
    if (hostile.notice) await expect(notice, hostile.what).toBeVisible();
    else await expect(notice, hostile.what).toHaveCount(0);
    // Nothing ran and nothing was injected.
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), hostile.what).toBeUndefined();
    await expect(page.locator('img[src="x"]'), hostile.what).toHaveCount(0); // a CSS selector on purpose: injected markup has no role to find it by
    await page.evaluate(() => localStorage.clear());
  }
  expect(dialogs).toEqual([]);
  expect(HOSTILE_LINKS).toHaveLength(CASES.links);
  expectQuiet(watched);
});


test('damaged and foreign model files are refused with a reason, and the network on screen is kept', async ({ page }) => {
  const watched = watchPage(page);
  await page.goto('./#/cnn');
  await waitUntilTrainable(page);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(readout(page, 'Step count')).toHaveText('1');
  const total = await totalParams(page).textContent();
  // A good file to damage: the network on screen, downloaded.
  await page.getByRole('button', { name: 'Save model' }).click();
  const save = page.getByRole('dialog', { name: 'Save model' });
  const [download] = await Promise.all([page.waitForEvent('download'), save.getByRole('button', { name: 'Download file' }).click()]);
  const good = readFileSync((await download.path())!);
  const decoded = decodeModelFile(new Uint8Array(good));
  if (!decoded.ok) throw new Error('the downloaded model file does not decode');
  const { header, tensors } = decoded;
  const weightCount = header.weightCount as number;
  const reencode = (patch: Record<string, unknown>, values = tensors) => Buffer.from(encodeModelFile({ ...header, ...patch }, values));
  const { settings: _settings, ...withoutSettings } = header;
  const random = Buffer.alloc(4096);
  for (let i = 0; i < random.length; i++) random[i] = (i * 7919 + 13) % 251;
  const files: [string, Buffer, string | RegExp][] = [
    ['empty.cnnrnn', Buffer.alloc(0), 'The file is empty.'],
    ['noise.cnnrnn', random, 'This is not a model file of this playground. Choose a file made with Save model'],
    ['cut.json', Buffer.from('{"format": "cnn-rnn-playground/model", "lab": "cn'), 'It is a JSON file.'],
    ['list.json', Buffer.from('[1, 2, 3]'), 'It is a JSON file.'],
    ['picture.cnnrnn', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'It is an image.'],
    ['archive.cnnrnn', Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]), 'zip archive'],
    ['magic-only.cnnrnn', good.subarray(0, 8), 'The file is cut short: it has 8 bytes of the 20 it should have.'],
    ['tail.cnnrnn', Buffer.concat([good, Buffer.from('extra')]), 'The file is damaged'],
    ['fewer-weights.cnnrnn', reencode({ weightCount: weightCount - 1 }, [...tensors.slice(0, weightCount - 1), ...tensors.slice(weightCount)]), `The file holds ${weightCount - 1} weight tensors, but the network it describes has ${weightCount}.`],
    ['not-numbers.cnnrnn', reencode({}, tensors.map((t, i) => (i === 0 ? { shape: t.shape, values: new Float32Array(t.values.length).fill(Number.NaN) } : t))), 'not numbers (NaN or infinite)'],
    ['no-settings.cnnrnn', Buffer.from(encodeModelFile(withoutSettings, tensors)), 'its “settings” part is missing or wrong'],
    ['other-format.cnnrnn', reencode({ format: 'someone-else/model' }), 'its “format” part is missing or wrong'],
  ];
  await page.getByRole('button', { name: 'Load model' }).click();
  const dialog = page.getByRole('dialog', { name: 'Load model' });
  for (const [name, contents, reason] of files) {
    await dialog.getByLabel('Model file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: contents });
    const alert = dialog.getByRole('alert');
    await expect(alert, name).toContainText(`“${name}” was not loaded`);
    await expect(alert, name).toContainText(reason);
    await expect(alert, name).toContainText('Nothing was changed');
  }
  expect(files).toHaveLength(CASES.modelFiles - 1);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(readout(page, 'Step count')).toHaveText('1');
  await expect(totalParams(page)).toHaveText(total!);
  await expect(page.getByLabel('Preset')).toHaveValue('conv-pool');

  // A good file with a script-looking name loads, and its name is shown as text.
  await page.getByRole('button', { name: 'Load model' }).click();
  await dialog.getByLabel('Model file').setInputFiles({ name: 'named.cnnrnn', mimeType: 'application/octet-stream', buffer: reencode({ name: SCRIPT }) });
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Loaded “${SCRIPT}” at step 1.`)).toBeVisible();
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(readout(page, 'Step count')).toHaveText('2');
  expectQuiet(watched);
});

test('odd training texts and seeds: empty, huge, emoji, right-to-left, control characters, only whitespace', async ({ page }) => {
  test.setTimeout(150_000);
  const watched = watchPage(page);
  await page.goto('./#/rnn');
  await page.getByLabel('Task', { exact: true }).selectOption('text');
  const text = page.getByLabel('Training text');
  const seed = page.getByLabel('Seed text');
  const stats = page.getByText(/^[\d,]+ characters?, [\d,]+ different symbols?/);
  const textCases: [string, string, RegExp | string][] = [
    ['only whitespace', ' \n\t '.repeat(10), /^40 characters, 3 different symbols/],
    ['emoji, one symbol each', '😀🎉👍🏽🇹🇼'.repeat(10), /^60 characters, 6 different symbols/],
    ['right-to-left text', 'שלום עולם مرحبا بالعالم '.repeat(4), /different symbols/],
    ['control characters', 'a\u0001b\u0007c\u001b[31md\u200b\u202e'.repeat(8), /different symbols/],
    ['combining marks', 'e\u0301a\u0308o\u0303 '.repeat(10), /^70 characters, 7 different symbols/],
    ['200 kB', 'the quick brown fox jumps over the lazy dog. '.repeat(4500), 'The text has 202,500 characters; only the first 50,000 are used'],
  ];
  for (const [what, typed, shown] of textCases) {
    await text.fill(typed);
    await expect(text, what).toHaveValue(typed);
    if (typeof shown === 'string') await expect(page.getByText(shown, { exact: false }), what).toBeVisible();
    else await expect(stats, what).toHaveText(shown);
  }
  // Training on the 200 kB text works, and the generator answers every odd seed.
  await waitUntilTrainable(page);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(readout(page, 'Step count')).toHaveText('1');
  const generate = page.getByRole('button', { name: 'Generate', exact: true });
  const written = page.getByRole('status', { name: 'Generated text' }).or(page.getByLabel('Generated text'));
  const seedCases: [string, string, string | null][] = [
    ['empty seed', '', 'Type a seed of at least one character.'],
    ['only whitespace', '   ', null],
    ['emoji the text never had', '😀😀', null],
    ['control characters', '\u0007\u001b', null],
    ['a 200 kB seed', 'the lazy dog. '.repeat(15_000), 'The seed is longer than 200 characters'],
    ['markup', SCRIPT, null],
  ];
  for (const [what, typed, problem] of seedCases) {
    await seed.fill(typed);
    await generate.click();
    if (problem) await expect(page.getByRole('alert').filter({ hasText: problem }), what).toBeVisible();
    else await expect(written, what).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
    await expect(seed, what).toHaveValue(typed);
  }
  // A reload keeps the text (as far as it is used) and the seed.
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'could not be opened' })).toHaveCount(0);
  await expect(page.getByLabel('Task', { exact: true })).toHaveValue('text');
  await expect(page.getByLabel('Training text')).toHaveValue(/^the quick brown fox/);
  await expect(page.getByLabel('Seed text')).toHaveValue(SCRIPT);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(textCases.length + seedCases.length + 1).toBe(CASES.texts);
  expectQuiet(watched);
});

test('empty drawings: clearing a blank pad, a click without a stroke, a stroke off the pad', async ({ page }) => {
  const watched = watchPage(page);
  await page.goto('./#/cnn');
  await waitUntilTrainable(page);
  const prediction = page.getByLabel('Prediction');
  const pad = page.getByRole('img', { name: 'Drawing pad' });
  await pad.scrollIntoViewIfNeeded();
  // Cleared twice with nothing drawn: the prompt, no prediction.
  await page.getByRole('button', { name: 'Clear' }).click();
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(prediction).toHaveText(/^Draw a digit/);
  // A stroke that starts and stays outside the pad draws nothing.
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x - 40, box.y - 40);
  await page.mouse.down();
  await page.mouse.move(box.x - 10, box.y - 60, { steps: 5 });
  await page.mouse.up();
  await expect(prediction).toHaveText(/^Draw a digit/);
  // A single click is a dot: too little to read as a digit, or a digit; never an error.
  await pad.click({ position: { x: box.width / 2, y: box.height / 2 } });
  await expect(prediction).toHaveText(/^(Draw a digit|\d \(\d+\.\d% sure\))/);
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(prediction).toHaveText(/^Draw a digit/);
  // The explainer's pad, cleared before anything was drawn, keeps showing a digit.
  await page.getByRole('link', { name: 'Convolution' }).click();
  const digit = page.getByRole('region', { name: 'On a real digit' });
  await expect(digit.getByLabel('Digit', { exact: true })).toBeVisible({ timeout: 60_000 });
  await digit.getByRole('button', { name: 'Clear' }).click();
  await expect(digit.getByRole('img', { name: /^After ReLU: 26 × 26/ })).toBeVisible();
  expect(4).toBe(CASES.drawings);
  expectQuiet(watched);
});

test('rapid clicks, and preset, screen and backend changes mid-run: training still goes on', async ({ page }) => {
  test.setTimeout(150_000);
  const watched = watchPage(page);
  await page.goto('./#/cnn');
  await page.getByLabel('Preset').selectOption('fc-100');
  await waitUntilTrainable(page);
  const step = () => readNumber(readout(page, 'Step count'));
  const button = (name: string) => page.getByRole('button', { name, exact: true });
  // Twenty fast clicks on each control; a disabled one is simply not pressed.
  for (const name of ['Train', 'Pause', 'Step', 'Reset']) {
    for (let i = 0; i < 20; i++) await button(name).click({ force: true, noWaitAfter: true, timeout: 1000 }).catch(() => {});
  }
  for (let i = 0; i < 20; i++) await page.keyboard.press(' ');
  await page.keyboard.press('ArrowRight');
  await expectTrainsOn(page, step);

  // A preset chosen mid-run asks first; a confirmed change starts the new network.
  await button('Train').click();
  await page.getByLabel('Preset').selectOption('keras-mlp');
  await page.getByRole('dialog', { name: 'Change the preset?' }).getByRole('button', { name: 'Change preset' }).click();
  await expect(page.getByLabel('Preset')).toHaveValue('keras-mlp');
  await expectTrainsOn(page, step);

  // Screens switched mid-run, back and forth quickly.
  await button('Train').click();
  for (const name of ['RNN lab', 'Convolution', 'CNN lab', 'Pooling', 'Architectures', 'CNN lab']) await page.getByRole('link', { name }).click();
  await expect(page.getByLabel('Preset')).toHaveValue('keras-mlp');
  await expectTrainsOn(page, step);

  // The backend switched mid-run, three times in a row.
  await button('Train').click();
  for (const backend of ['CPU', 'WebGL', 'WebAssembly']) await page.getByLabel('Compute backend').selectOption({ label: backend });
  await expect(readout(page, 'Backend')).toHaveText('WebAssembly', { timeout: 60_000 });
  await expectTrainsOn(page, step);
  expect(8).toBe(CASES.rapid);
  expectQuiet(watched);
});

/** After a storm of input the lab is in a sane state, and Train makes the step counter move. */
async function expectTrainsOn(page: Page, step: () => Promise<number>) {
  const pause = page.getByRole('button', { name: 'Pause', exact: true });
  if (await pause.isEnabled()) await pause.click();
  await waitUntilTrainable(page);
  const before = await step();
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(step, { timeout: 60_000 }).toBeGreaterThan(before + 3);
  await pause.click();
  expect(Number.isFinite(await readNumber(readout(page, 'Loss')))).toBe(true);
}

const CASES = {
  layerStacks: 24,
  cnnFields: 85,
  rnnFields: 123,
  explainerFields: 160,
  links: 20,
  modelFiles: 13,
  texts: 13,
  drawings: 4,
  rapid: 8,
} as const;
