import { mkdtempSync, readFileSync, truncateSync, writeFileSync, closeSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readout, trainPastStep, waitUntilTrainable, watchPage } from './helpers';
import { decodeModelFile, encodeModelFile, MODEL_FILE_VERSION } from '../src/engine/modelFile/modelFileCodec';

const workDir = mkdtempSync(join(tmpdir(), 'models-e2e-'));

/** What the page shows of the trained network's answers: they must be the same after a round trip. */
interface Answers { step: string; test: string; answer: string }

async function cnnAnswers(page: Page): Promise<Answers> {
  const probabilities = page.getByText(/^Probability of each digit:/);
  return {
    step: (await readout(page, 'Step count').textContent())!,
    test: (await readout(page, 'Test accuracy').textContent())!,
    answer: `${await page.getByLabel('Prediction').textContent()} | ${await probabilities.textContent()}`,
  };
}

async function rnnAnswers(page: Page): Promise<Answers> {
  return {
    step: (await readout(page, 'Step count').textContent())!,
    test: `${await readout(page, 'Test accuracy').textContent()} / ${await readout(page, 'Test MSE').textContent()}`,
    answer: (await page.getByLabel('Answer', { exact: true }).textContent())!,
  };
}

/** The views and the test readout say which step's weights they describe: wait until both describe `step`. */
async function viewsShowStep(page: Page, step: string) {
  await expect(page.getByText(new RegExp(`^(Everything here shows the network after training step|Gates after training step) ${step}\\.`))).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(new RegExp(`test .*, at step ${step}$`))).toBeVisible({ timeout: 30_000 });
}

/** Same backend before and after every reload, so the same weights give the same numbers to the last digit. */
async function openOnWasm(page: Page, lab: 'cnn' | 'rnn', reload = false) {
  if (reload) await page.reload();
  else await page.goto(`./#/${lab}`);
  await page.getByLabel('Compute backend').selectOption('wasm');
  await expect(readout(page, 'Backend')).toHaveText(/WebAssembly/);
  await waitUntilTrainable(page);
}

/** Trains a little, pauses, and waits until the views and the test readout describe the paused weights. */
async function trainAndPause(page: Page, steps: number, answers: (page: Page) => Promise<Answers>): Promise<Answers> {
  await trainPastStep(page, steps);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
  await viewsShowStep(page, (await readout(page, 'Step count').textContent())!);
  return answers(page);
}

async function saveInBrowser(page: Page, name: string) {
  await page.getByRole('button', { name: 'Save model' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save model' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('button', { name: 'Save in this browser' }).click();
  await expect(page.getByText(`Saved “${name}” in this browser.`)).toBeVisible();
}

async function downloadModel(page: Page, name: string): Promise<string> {
  await page.getByRole('button', { name: 'Save model' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save model' });
  await dialog.getByLabel('Name').fill(name);
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download file' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.cnnrnn$/);
  const path = join(workDir, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

async function expectRestored(page: Page, saved: Answers, answers: (page: Page) => Promise<Answers>) {
  await expect(readout(page, 'Step count')).toHaveText(saved.step);
  await viewsShowStep(page, saved.step);
  expect(await answers(page)).toEqual(saved);
}

for (const lab of ['cnn', 'rnn'] as const) {
  test(`${lab.toUpperCase()} lab: save → reload → load restores the same answers, from this browser and from a file, and training goes on`, async ({ page }) => {
    test.setTimeout(240_000);
    const watched = watchPage(page);
    const answers = lab === 'cnn' ? cnnAnswers : rnnAnswers;
    await openOnWasm(page, lab);
    if (lab === 'rnn') await page.getByLabel('Preset').selectOption({ label: 'Adding problem (T = 30): LSTM' });
    await waitUntilTrainable(page);
    const saved = await trainAndPause(page, 25, answers);
    await saveInBrowser(page, `${lab} round trip`);
    const file = await downloadModel(page, `${lab} as a file`);
    expect(readFileSync(file).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x43, 0x52, 0x50, 0x4d, 0x0d, 0x0a, 0x1a]));

    // From this browser's list, after a reload (which starts from fresh weights).
    await openOnWasm(page, lab, true);
    await expect(readout(page, 'Step count')).toHaveText('0');
    await page.getByRole('button', { name: 'Load model' }).click();
    const dialog = page.getByRole('dialog', { name: 'Load model' });
    await dialog.getByRole('button', { name: `Load “${lab} round trip”`, exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`Loaded “${lab} round trip” at step ${saved.step}.`)).toBeVisible();
    await expectRestored(page, saved, answers);

    // From the file, after another reload.
    await openOnWasm(page, lab, true);
    await page.getByRole('button', { name: 'Load model' }).click();
    await dialog.getByLabel('Model file').setInputFiles(file);
    await expect(dialog).toBeHidden();
    await expectRestored(page, saved, answers);

    // Training goes on from the saved step.
    await trainPastStep(page, Number(saved.step.replace(/,/g, '')) + 5);
    await page.getByRole('button', { name: 'Pause' }).click();

    // The list renames and deletes.
    await page.getByRole('button', { name: 'Load model' }).click();
    await dialog.getByRole('button', { name: `Rename “${lab} round trip”` }).click();
    await dialog.getByLabel(`New name for “${lab} round trip”`).fill(`${lab} renamed`);
    await dialog.getByLabel(`New name for “${lab} round trip”`).press('Enter');
    await expect(dialog.getByRole('button', { name: `Load “${lab} renamed”`, exact: true })).toBeVisible();
    await dialog.getByRole('button', { name: `Delete “${lab} renamed”` }).click();
    await dialog.getByRole('group', { name: /^Delete “.+” from this browser\?/ }).getByRole('button', { name: 'Delete' }).click();
    await expect(dialog.getByText('No models of this lab are saved in this browser yet.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });
}

test('bad model files are each refused with a message, and the work on screen is kept', async ({ page }) => {
  test.setTimeout(240_000);
  const watched = watchPage(page);
  await openOnWasm(page, 'cnn');
  await page.getByLabel('Preset').selectOption({ label: 'LeNet-5 (tanh, average pooling, 32×32 input)' });
  await waitUntilTrainable(page);
  await trainAndPause(page, 10, cnnAnswers);
  const good = readFileSync(await downloadModel(page, 'good'));
  const decoded = decodeModelFile(new Uint8Array(good));
  if (!decoded.ok) throw new Error('the downloaded file does not decode');
  const reencode = (patch: Record<string, unknown>, tensors = decoded.tensors) => Buffer.from(encodeModelFile({ ...decoded.header, ...patch }, tensors));

  const corrupt = Buffer.from(good);
  corrupt[good.length - 100] ^= 0xff;
  const newer = Buffer.from(good);
  newer.writeUInt32LE(MODEL_FILE_VERSION + 1, 8);
  const wrongShape = reencode({}, decoded.tensors.map((t, i) => (i === 0 ? { values: new Float32Array(5 * 5 * 1 * 4), shape: [5, 5, 1, 4] } : t)));
  const hundredMegabytes = join(workDir, 'huge.cnnrnn');
  closeSync(openSync(hundredMegabytes, 'w'));
  truncateSync(hundredMegabytes, 100 * 1024 * 1024);
  const files: [string, Buffer | string, RegExp][] = [
    ['cut.cnnrnn', good.subarray(0, Math.floor(good.length / 2)), /cut short: it has [\d,]+ bytes of the [\d,]+ it should have/],
    ['damaged.cnnrnn', corrupt, /damaged: its contents no longer match its checksum/],
    ['model.json', Buffer.from('{"modelTopology": {"class_name": "Sequential"}, "weightsManifest": []}'), /looks like a TensorFlow\.js model\.json/],
    ['notes.txt', Buffer.from('my notes about the model'), /not a model file of this playground\. It is a text file/],
    ['newer.cnnrnn', newer, /newer version of the playground \(model format 2; this page reads format 1\)/],
    ['shapes.cnnrnn', wrongShape, /Weight tensor 1 has the shape 5×5×1×4, but the network it describes needs 5×5×1×6/],
    ['rnn.cnnrnn', reencode({ lab: 'rnn' }), /saved in the RNN lab\. Open the RNN lab and load it there/],
    ['settings.cnnrnn', reencode({ settings: { ...(decoded.header.settings as object), hyper: { ...((decoded.header.settings as { hyper: object }).hyper), learningRate: 99 } } }), /values this page does not allow: learning rate/],
    ['huge.cnnrnn', hundredMegabytes, /The file is 104\.9 MB; a model file of this playground is at most 64\.0 MB/],
  ];
  const before = await cnnAnswers(page);
  await page.getByRole('button', { name: 'Load model' }).click();
  const dialog = page.getByRole('dialog', { name: 'Load model' });
  for (const [name, contents, message] of files) {
    const path = typeof contents === 'string' ? contents : join(workDir, name);
    if (typeof contents !== 'string') writeFileSync(path, contents);
    await dialog.getByLabel('Model file').setInputFiles(path);
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText(`“${name}” was not loaded`);
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('Nothing was changed');
  }
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByLabel('Preset')).toHaveValue('lenet5');
  expect(await cnnAnswers(page)).toEqual(before);
  // The work goes on as if nothing happened.
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(readout(page, 'Step count')).not.toHaveText(before.step);
  expect(watched.errors).toEqual([]);
});
