// The `convnetjs` part of `npm run bench`: the app's CNN lab (worker, charts and views live, backend
// on Auto) against ConvNetJS, Karpathy's pure-JavaScript library, training the same network (the
// conv-pool preset rebuilt in bench/convnet.html, parameter counts checked equal) at the same batch
// size on random MNIST-shaped inputs. Rounds alternate in one browser session; medians and the
// ratio app ÷ ConvNetJS (goal ≥ 5).
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const PRESET = 'conv-pool';

export async function convnetBench(context, base, { rounds, windowMs }) {
  const app = await context.newPage();
  await app.goto(`${base}#/cnn`);
  await app.getByLabel('Preset').selectOption(PRESET);
  const train = app.getByRole('button', { name: 'Train', exact: true });
  const pause = app.getByRole('button', { name: 'Pause' });
  await train.waitFor();
  while (!(await train.isEnabled())) await sleep(250);
  const backendText = (await app.getByLabel('Backend', { exact: true }).textContent()).trim();
  const batchSize = Number(await app.getByLabel('Batch size').inputValue());
  const readStep = async () => Number((await app.getByLabel('Step count', { exact: true }).textContent()).replace(/,/g, ''));

  const convnetPage = await context.newPage();
  await convnetPage.goto(`${base}bench/convnet.html?preset=${PRESET}&batch=${batchSize}`);
  await convnetPage.waitForFunction(() => 'convnetInfo' in window);
  const info = await convnetPage.evaluate(() => window.convnetInfo);
  if (!info.paramsMatch) throw new Error(`ConvNetJS net has ${info.convnetParams} parameters, the app's ${PRESET} ${info.appParams}`);
  console.log(`ConvNetJS ${PRESET}: ${info.layers}; ${info.convnetParams} parameters = the app's ${info.appParams}`);

  // Warm up both (kernel compilation, first shards; the JIT for ConvNetJS), which also gives ConvNetJS's first rate.
  await app.bringToFront();
  await train.click();
  await sleep(5000);
  await pause.click();
  await convnetPage.bringToFront();
  let convnetRate = (await convnetPage.evaluate(() => window.runConvnet(3))).examplesPerSecond;

  const appRates = [];
  const convnetRates = [];
  const convnetBatches = [];
  for (let round = 0; round < rounds; round++) {
    await app.bringToFront();
    await train.click();
    await sleep(1500);
    const s0 = await readStep();
    const t0 = Date.now();
    await sleep(windowMs);
    const s1 = await readStep();
    const t1 = Date.now();
    await pause.click();
    appRates.push(((s1 - s0) * batchSize * 1000) / (t1 - t0));
    // As many batches as the app trained in its window, but no more than ConvNetJS gets through in
    // about one window at its last rate (it is synchronous, per example, and its rate is steady once
    // warm), so a round costs both sides about the same wall time.
    const appBatches = s1 - s0;
    const n = Math.max(5, Math.min(appBatches, Math.round((convnetRate * windowMs) / 1000 / batchSize)));
    await convnetPage.bringToFront();
    convnetRate = (await convnetPage.evaluate((k) => window.runConvnet(k), n)).examplesPerSecond;
    convnetRates.push(convnetRate);
    convnetBatches.push(n);
    console.log(`ConvNetJS round ${round + 1}: app ${appRates.at(-1).toFixed(0)} ex/s (${appBatches} batches), ConvNetJS ${convnetRate.toFixed(0)} ex/s (${n} batches), ratio ${(appRates.at(-1) / convnetRate).toFixed(1)}`);
  }
  await convnetPage.close();
  await app.close();
  const result = {
    preset: PRESET, backend: backendText, batchSize, rounds, windowMs,
    params: { app: info.appParams, convnetjs: info.convnetParams }, convnetLayers: info.layers,
    appMedian: median(appRates), convnetMedian: median(convnetRates), ratio: median(appRates) / median(convnetRates),
    appRates, convnetRates, convnetBatches,
  };
  console.log(`ConvNetJS: app ${result.appMedian.toFixed(0)} ex/s (${backendText}), ConvNetJS ${result.convnetMedian.toFixed(0)} ex/s; ratio ${result.ratio.toFixed(1)} (goal ≥ 5)`);
  return result;
}
