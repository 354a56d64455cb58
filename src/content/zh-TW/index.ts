/**
 * 繁體中文（臺灣）字典：鍵與英文字典完全相同（型別 Dictionary 強制），用語依照課程講義：
 * 卷積、池化、感受野、特徵圖、長短期記憶……
 */
import type { Dictionary } from '../en';
import { rnnZh } from './rnnText';
import { timeZh } from './timeText';
import { cnnZh } from './cnnText';
import { problemsZh } from './problems';
import { modelsZh } from './modelText';
import { exportZh } from './exportText';
import { explainersZh } from './explainText';
import { archTextZh } from './archText';

const grouped = (n: number) => n.toLocaleString('zh-TW');

export const zhTW: Dictionary = {
  appTitle: 'CNN 與 RNN 實驗場',
  appTagline: '在瀏覽器裡訓練真正的神經網路，並看見它內部發生的事。',
  shell: {
    navigation: '畫面',
    cnnLab: 'CNN 實驗室',
    rnnLab: 'RNN 實驗室',
    convolution: '卷積',
    pooling: '池化',
    architectures: '經典架構',
    loadingScreen: '正在載入這個畫面……',
    screenFailed: '無法載入這個畫面。請檢查網路連線後重新載入頁面。',
    reload: '重新載入',
    dismiss: '關閉',
    toolbar: '頁面設定',
    status: '資料與通知',
    language: '語言（Language）',
    theme: '主題',
    presentation: '簡報模式',
    copyLink: '複製連結',
    linkCopied: '已複製連結：它會以目前的設定開啟這個畫面。',
    linkNotCopied: '瀏覽器不允許複製；請直接從網址列複製網址。',
    skipToContent: '跳到主要內容',
  },
  shortcuts: {
    button: '快捷鍵',
    heading: '鍵盤快捷鍵',
    intro: '在每個畫面都能使用，但在欄位中輸入文字時不會觸發。',
    keys: [
      ['空白鍵', '開始訓練；訓練中則暫停'],
      ['→', '訓練一步'],
      ['R', '重設：依種子重新產生權重'],
      ['P', '開啟或關閉簡報模式'],
      ['?', '顯示這份清單'],
      ['Esc', '關閉這份清單'],
    ],
    close: '關閉',
    summary: '快捷鍵：空白鍵訓練或暫停，→ 訓練一步，R 重設，? 列出所有快捷鍵。',
  },
  presetChange: {
    heading: '要更換預設組合嗎？',
    endsRun: (name: string, step: string) => `這會結束目前在第 ${step} 步的訓練，並以新的權重建立「${name}」。`,
    builds: (name: string) => `這會以新的權重建立「${name}」。`,
    usePreset: (rate: string, batch: string, optimizer: string) => `同時採用預設組合的訓練設定：學習率 ${rate}、批次大小 ${batch}、${optimizer}`,
    willKeep: '你的學習率、批次大小與優化器會維持不變。',
    willReplace: '你的學習率、批次大小與優化器會換成預設組合的設定。',
    confirm: '更換預設組合',
    cancel: '保留目前的',
  },
  share: {
    heading: '這個連結無法完全照原樣開啟。',
    unreadable: '無法讀取它的設定（連結可能被截斷或改動過），因此顯示預設值。',
    tooLong: (length: number, max: number) => `它的設定長達 ${grouped(length)} 個字元，超過這個頁面能讀取的 ${grouped(max)} 個，因此顯示預設值。`,
    noVersion: '它沒有註明是哪個版本的實驗場產生的；能讀取的部分都已採用。',
    futureVersion: (version: number, current: number) => `它是由較新版本的實驗場產生的（連結格式 ${version}；這個頁面讀取格式 ${current}）；能讀取的部分都已採用。`,
    replaced: (fields: string) => `以下設定在這裡不允許，已換成預設值：${fields}。`,
    fields: {
      preset: '預設組合', hyper: '訓練設定', layers: '層的堆疊', init: '初始權重', learningRate: '學習率',
      batchSize: '批次大小', optimizer: '優化器', l2: 'L2 權重懲罰', expandedData: '擴增資料', clipping: '梯度裁剪',
      clipThreshold: '裁剪門檻', seed: '種子', input: '所選的測試數字', task: '任務', network: '網路', example: '所選的範例',
      seedText: '起始文字', temperature: '溫度', generateLength: '要寫的字元數',
      grids: '編輯過的網格', stride: '步伐', padding: '填充', dilation: '擴張率', activation: '激勵函數',
      flip: '翻轉卷積核', position: '已計算的步數', poolType: '池化類型', windowSize: '窗口大小',
      architecture: '架構', inputSize: '輸入大小', widthMultiplier: '寬度乘數',
    },
    list: (items: string[]) => items.join('、'),
  },
  offline: {
    ready: '實驗場已存到這台裝置上：之後不需要網路也能開啟與訓練。',
    updateHeading: '實驗場有新版本了。',
    updateBody: '重新載入就會啟用新版本。畫面上正在訓練的網路不會在重新載入後保留：想接著訓練的話，請先按「儲存模型」。',
    reloadToUpdate: '重新載入以更新',
    later: '稍後',
  },
  milestones: {
    epoch: (epoch: number, accuracy: string, count: number) => `第 ${epoch} 個訓練週期結束：全部 ${grouped(count)} 張測試影像答對 ${accuracy}。`,
    steps: (steps: number) => `已完成 ${grouped(steps)} 個訓練步。`,
  },
  lab: {
    controlsGroup: '訓練控制',
    train: '訓練',
    pause: '暫停',
    step: '單步',
    reset: '重設',
    training: '訓練中……',
    paused: '已暫停。',
    ready: '準備就緒。',
    pausedOnLeave: '你切換畫面時已自動暫停。按「訓練」即可從停下的地方繼續。',
    blockers: {
      invalid: '請先修正標示出來的設定。',
      dataFailed: '資料載入失敗。',
      waitingForData: '正在等待第一個 MNIST 資料分塊與測試集。',
      choosingBackend: '正在選擇運算後端。',
      diverged: '訓練發散了：請調低學習率再按「重設」。',
      building: '正在建立網路。',
    },
    settings: '訓練設定',
    learningRate: '學習率',
    batchSize: '批次大小',
    optimizer: '優化器',
    seed: '種子',
    computeBackend: '運算後端',
    optimizers: { sgd: 'SGD', momentum: 'Momentum', adagrad: 'AdaGrad', rmsprop: 'RMSProp', adam: 'Adam' },
    stepTip: '到目前為止做過幾次小批次梯度下降。',
    epochTip: '完整走過訓練集的次數。',
    epochNote: (percent: number, next: number) => `第 ${next} 個訓練週期已完成 ${percent}%`,
    speedTip: '每秒處理的訓練樣本數（含前向與反向傳播）。',
    trainNote: (accuracy: string) => `訓練批次：答對 ${accuracy}`,
    latestCost: (cost: string, step: number) => `第 ${step} 步的最新訓練成本為 ${cost}。`,
    latestTest: (accuracy: string, step: number) => `第 ${step} 步的最新測試準確率估計為 ${accuracy}。`,
    trainingStep: '訓練步數',
  },
  data: {
    label: 'MNIST 下載',
    loading: (loaded: string, total: string) => `正在下載 MNIST：${loaded} ／ ${total}`,
    readyPartial: (train: number) => `已可用前 ${grouped(train)} 張影像開始訓練；其餘的 60,000 張仍在陸續下載。`,
    done: '全部 60,000 張訓練影像與 10,000 張測試影像都已載入。',
    failed: '無法載入 MNIST 資料。',
    retry: '重新下載',
  },
  preset: {
    label: '預設組合',
    tip: '講義中的網路，依照章節一步步加深的順序排列。',
    reference: (accuracy: string, source: string) => `參考值：長時間訓練後的測試準確率為 ${accuracy}（${source}）。準確率圖上以虛線標示。`,
    noReference: '講義沒有提供這個網路的測試準確率。',
    custom: '自訂網路（已修改）',
  },
  summary: {
    caption: '模型摘要',
    tip: '每一層一列，就像 Keras 的 model.summary()。輸出形狀省略了批次軸（「None」）。參數數量是權重加上偏差。',
    total: '參數總數',
    addLayer: '加入層',
  },
  layerTips: {
    conv2d: '卷積層讓幾個小的共享濾波器滑過輸入；每個濾波器產生一張特徵圖。',
    pool: '池化層把特徵圖上每個小窗口濃縮成一個數（最大值、平均值，或 L2：平方和開根號）。全域平均池化則讓每個通道只留下一個數。',
    zeroPad: '在周圍補上一圈零，例如 LeNet-5 讀取 32×32 的影像，所以 MNIST 的 28×28 每邊要補 2 個像素。',
    flatten: '把「高×寬×通道」的方塊攤平成一條長向量，讓全連接層能讀取。',
    dense: '每個單元都連到每個輸入：參數數量為 單元數 × (輸入數 + 1)。',
    dropout: '訓練時每一步隨機關掉這個比例的單元，讓網路不能只依賴其中任何一個。',
    activation: '對每個值套用一個非線性函數。',
    depthwiseConv2d: '深度卷積讓每個輸入通道各有自己的 k×k 卷積核，不混合通道：權重數量為 k × k × 通道數。',
    batchNorm: '批次正規化用學到的縮放與平移重新調整每個通道（每個通道 2 個參數），並記錄移動平均的平均值與變異數（另外 2 個，不由梯度下降訓練）。',
    add: '把輸入逐元素相加：殘差區塊的跳接。沒有參數。',
    concatenate: '沿著通道把輸入疊在一起：Inception 模組就是這樣合併各個分支。沒有參數。',
  },
  fields: {
    filters: '這一層要學習的濾波器（特徵圖）數量。',
    kernel: '每個濾波器看的正方形局部感受野的邊長。',
    stride: '相鄰兩個輸出之間，窗口移動的距離。',
    padding: '「valid」只使用完整的窗口（輸出會變小）；「same」會補零，讓輸出為 ⌈輸入 / 步伐⌉。',
    activation: '套用在每個輸出上的非線性函數。',
    kind: '每個窗口如何濃縮成一個數。',
    size: '池化窗口的邊長。',
    units: '這個全連接層的神經元數量。',
    rate: '每個訓練步被丟棄的單元比例。',
    zeroPadding: '每一邊補上的零像素數。',
    inputs: '這一層讀取哪些層的輸出：填層的名稱，以逗號分隔（「input」代表輸入影像）。Add 與 Concatenate 讀取兩個以上的層，跳躍連接與並行分支就是這樣接起來的；其他層只讀一個。',
  },
  controls: {
    train: '用訓練集的小批次開始（或繼續）訓練。',
    pause: '跑完目前這一小段步數後停下；什麼都不會遺失。',
    step: '只做一次小批次梯度下降，然後停下。',
    reset: '丟掉學到的一切：依種子產生新的權重，回到第 0 步。',
    learningRate: '梯度下降每一步跨多大。太大時損失會爆增成 NaN；太小時學得很慢。',
    batchSize: '每次梯度更新使用的影像數（小批次）。',
    optimizer: '梯度如何變成權重更新。Momentum 與 Adam 會記住移動平均；AdaGrad 與 RMSProp 會為每個權重調整各自的學習率。',
    l2: 'L2 權重懲罰 λ：在成本上加上所有權重（不含偏差）的 λ·Σw²，讓權重保持較小。',
    expandedData: '擴增資料：每張訓練影像隨機平移一個像素（上、下、左、右或不動），就像講義用這個方法得到 5 倍的資料。',
    weightInit: '權重一開始取自的隨機分布。太小時 sigmoid 單元都停在 0.5 附近，學得很慢；Nielsen 讓每個權重取自 σ = 1/√(輸入數) 的高斯分布。',
    seed: '相同的種子會得到相同的初始權重與相同的批次順序。',
    backend: '運算在哪裡執行。WebGL 使用顯示卡；WebAssembly 在處理器上快速執行；CPU 是純 JavaScript。',
  },
  readouts: {
    step: '步數',
    epoch: '訓練週期',
    loss: '損失',
    testAccuracy: '測試準確率',
    examplesPerSecond: '每秒樣本數',
    backend: '後端',
    measureBackendAgain: '重新測量',
    lossTip: '最近幾個訓練批次的平均交叉熵成本。',
    testTip: '網路正確分類的測試數字比例。',
    subsetNote: (count: number) => `以 ${grouped(count)} 張固定測試影像估計`,
    fullNote: (count: number, epoch: number) => `全部 ${grouped(count)} 張測試影像，第 ${epoch} 個訓練週期後`,
    noteAtStep: (note: string, step: number) => `${note}，於第 ${grouped(step)} 步`,
  },
  charts: {
    cost: '成本圖',
    costTitle: '訓練成本（交叉熵）',
    accuracy: '準確率圖',
    accuracyTitle: '準確率',
    train: '訓練批次',
    testSubset: '測試（500 張估計）',
    testFull: '測試（全部 10,000 張，每個訓練週期）',
    reference: '講義參考值',
    empty: '按「訓練」就會看到曲線。',
    costAxis: '成本',
    accuracyAxis: '準確率',
    notANumber: '不是數值（NaN）或無限大（∞）',
  },
  cnn: cnnZh,

  explain: { button: '說明' },
  field: {
    range(rule) {
      const kind = rule.integer ? '整數' : '數值';
      if (!rule.aboveMin && !rule.belowMax) return `${grouped(rule.min)} 到 ${grouped(rule.max)} 之間的${kind}`;
      const low = rule.aboveMin ? `大於 ${grouped(rule.min)}` : `至少 ${grouped(rule.min)}`;
      const high = rule.belowMax ? `小於 ${grouped(rule.max)}` : `至多 ${grouped(rule.max)}`;
      return `${low}且${high}的${kind}`;
    },
    problem(problem, label, range, kept) {
      const still = `目前仍使用 ${kept}。`;
      switch (problem.code) {
        case 'empty':
          return `${label}需要一個值：${range}。${still}`;
        case 'notANumber':
          return `「${problem.typed}」不是數字。${label}必須是${range}。${still}`;
        case 'notWhole':
          return `「${problem.typed}」不是整數。${label}必須是${range}。${still}`;
        case 'outOfRange':
          return `「${problem.typed}」超出允許的範圍。${label}必須是${range}。${still}`;
      }
    },
  },
  rnn: rnnZh,
  time: timeZh,
  problems: problemsZh,
  models: modelsZh,
  exportCode: exportZh,
  explainers: explainersZh,
  arch: archTextZh,
};
