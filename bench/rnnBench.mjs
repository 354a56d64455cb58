// The RNN lab's part of `npm run bench` (issue 6):
// 1. training speed of the RNN lab (worker, charts and the unrolled view open and refreshing; also hidden) against a
//    bare tfjs optimizer.minimize loop training the same LSTM on the same backend, rounds alternating
//    in one browser session; medians and their ratio (goal ≥ 0.90);
// 2. the LSTM row-by-row MNIST preset's test accuracy after 60 s of training on Auto.
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function rnnBench(context, base, { rounds, windowMs }) {
  const app = await context.newPage();
  await app.goto(`${base}#/rnn`);
  const train = app.getByRole('button', { name: 'Train', exact: true });
  const pause = app.getByRole('button', { name: 'Pause' });
  await train.waitFor();
  while (!(await train.isEnabled())) await sleep(250);
  const backendText = (await app.getByLabel('Backend', { exact: true }).textContent()).trim();
  const backend = { WebAssembly: 'wasm', WebGL: 'webgl', CPU: 'cpu' }[backendText];
  const batchSize = Number(await app.getByLabel('Batch size').inputValue());
  const readStep = async () => Number((await app.getByLabel('Step count', { exact: true }).textContent()).replace(/,/g, ''));
  const readAccuracy = async () => Number((await app.getByLabel('Test accuracy', { exact: true }).textContent()).replace(/[%,]/g, ''));

  // Accuracy after 60 s of training from fresh weights, as a class would see it.
  const started = Date.now();
  await train.click();
  const accuracyTimeline = [];
  while (Date.now() - started < 60_000) {
    await sleep(5000);
    accuracyTimeline.push({ seconds: Math.round((Date.now() - started) / 1000), step: await readStep(), accuracy: await readAccuracy() });
  }
  await pause.click();
  await sleep(3000); // the paused network's test estimate is refreshed for exactly these weights
  const accuracyAt60s = await readAccuracy();
  const stepsIn60s = await readStep();
  console.log(`RNN lab: LSTM row-by-row MNIST test accuracy after 60 s on Auto (${backendText}): ${accuracyAt60s}% at step ${stepsIn60s}`);

  const loopPage = await context.newPage();
  await loopPage.goto(`${base}bench/rnn.html?backend=${backend}&preset=row-mnist-lstm&batch=${batchSize}`);
  await loopPage.waitForFunction(() => 'runLoop' in window);
  await loopPage.evaluate(() => window.runLoop(10));
  // Both views that ask the worker to unroll the network: the unrolled gates and the gradients through time.
  const toggles = [app.getByRole('button', { name: /^(Hide|Show) views$/ }), app.getByRole('button', { name: /^(Hide|Show) chart$/ })];
  /** Examples per second as the user sees them: step-counter delta × batch size over wall time. */
  const appWindow = async (viewsOpen) => {
    for (const toggle of toggles) if ((await toggle.textContent()).startsWith('Hide') !== viewsOpen) await toggle.click();
    await app.bringToFront();
    await train.click();
    await sleep(1500);
    const s0 = await readStep();
    const t0 = Date.now();
    await sleep(windowMs);
    const s1 = await readStep();
    const t1 = Date.now();
    await pause.click();
    return ((s1 - s0) * batchSize * 1000) / (t1 - t0);
  };
  const appRates = [];
  const closedRates = [];
  const loopRates = [];
  let unrolledViewOpen = 0;
  for (let round = 0; round < rounds; round++) {
    appRates.push(await appWindow(true));
    unrolledViewOpen = await app.getByRole('region', { name: 'Unrolled network' }).getByLabel(/^forget gate, step 0, unit 0: /).count();
    const batches = Math.max(20, Math.round((appRates.at(-1) * windowMs) / 1000 / batchSize));
    const loop = await loopPage.evaluate((n) => window.runLoop(n), batches);
    loopRates.push(loop.examplesPerSecond);
    closedRates.push(await appWindow(false));
    console.log(`RNN round ${round + 1}: app with the unrolled view open ${appRates.at(-1).toFixed(0)} ex/s, hidden ${closedRates.at(-1).toFixed(0)} ex/s, bare minimize loop ${loop.examplesPerSecond.toFixed(0)} ex/s (${loop.backend})`);
  }
  await loopPage.close();
  await app.close();
  const result = {
    backend, batchSize, accuracyAt60s, stepsIn60s, accuracyTimeline, unrolledViewOpen: unrolledViewOpen === 1,
    appMedian: median(appRates), loopMedian: median(loopRates), ratio: median(appRates) / median(loopRates), appRates, loopRates,
    viewsClosedMedian: median(closedRates), closedRatio: median(closedRates) / median(loopRates), closedRates,
  };
  console.log(`RNN lab median ${result.appMedian.toFixed(0)} ex/s (view open), ${result.viewsClosedMedian.toFixed(0)} ex/s (hidden), bare loop ${result.loopMedian.toFixed(0)} ex/s; ratio ${result.ratio.toFixed(2)} open (goal ≥ 0.90), ${result.closedRatio.toFixed(2)} hidden`);
  return result;
}
