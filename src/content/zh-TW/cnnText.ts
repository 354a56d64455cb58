/** CNN 實驗室的文字（繁體中文）：層的表格、層設定的問題，以及網路內部的各種檢視。 */
import type { cnn as cnnEn } from '../cnnText';
import type { LayerType } from '../../engine/spec';

const grouped = (n: number) => n.toLocaleString('zh-TW');
const NIELSEN = 'Nielsen《Neural Networks and Deep Learning》第 6 章';
const LAYER_WORDS = { conv2d: '卷積層', depthwiseConv2d: '深度卷積層', pool: '池化層', zeroPad: '補零層' } as const;

export const cnnZh: typeof cnnEn = {
  network: '網路',
  training: '訓練',
  curves: '學習曲線',
  l2: 'L2 權重懲罰',
  expandedData: '擴增資料（平移 1 像素）',
  presets: {
    names: {
      'fc-100': '全連接 784-100-10（sigmoid）',
      'conv-pool': '＋卷積－池化（20 個 5×5 濾波器，2×2 最大池化）',
      'two-conv-pool': '＋第二組卷積－池化（40 個濾波器）',
      relu: '以 ReLU 取代 sigmoid',
      expanded: '＋擴增資料（平移 1 像素）',
      dropout: '＋全連接層加上 Dropout',
      'keras-mlp': '課程的 Keras MLP（Dense 128 → Dropout 0.2）',
      lenet5: 'LeNet-5（tanh、平均池化、32×32 輸入）',
      'mini-resnet': '迷你 ResNet（2 個含跳躍連接的殘差區塊）',
      'mini-inception': 'Inception 模組（1×1、3×3、5×5 與池化分支）',
    } as Record<string, string>,
    sources: {
      'fc-100': `${NIELSEN}：淺層網路，100 個 sigmoid 隱藏單元`,
      'conv-pool': `${NIELSEN}：一組卷積－池化層`,
      'two-conv-pool': `${NIELSEN}：兩組卷積－池化層`,
      relu: `${NIELSEN}：線性整流單元（ReLU）`,
      expanded: `${NIELSEN}：擴增訓練資料`,
      dropout: `${NIELSEN}：全連接層使用 Dropout`,
    } as Record<string, string>,
  },
  weightInit: {
    label: '初始權重',
    names: {
      glorotUniform: 'Glorot 均勻分布（Keras 預設）',
      leCunNormal: '高斯分布，σ = 1/√輸入數（Nielsen）',
      heNormal: 'He 常態分布，σ = √(2/輸入數)',
    },
  },
  table: {
    layer: '層（類型）',
    outputShape: '輸出形狀',
    params: '參數數量',
    settings: '設定',
    actions: '操作',
    input: '輸入',
    inputNote: 'MNIST 數字，灰階 0–1',
    noSettings: '沒有設定',
    typeToAdd: '要加入的層類型',
    addTip: '新的層會放在輸出層的正上方，因為輸出層必須保持在最後。',
    moveUp: (name: string) => `將 ${name} 上移`,
    moveDown: (name: string) => `將 ${name} 下移`,
    remove: (name: string) => `移除 ${name}`,
    explainLayer: (name: string) => `${name} 層`,
    arithmetic: '計算過程',
    settingNames: {
      filters: '濾波器數', kernel: '卷積核', stride: '步伐', size: '大小', padding: '填充', units: '單元數', rate: '比例', inputs: '輸入',
      activation: '激勵函數', pooling: '池化方式', type: '層類型', init: '初始權重',
    },
    poolNames: { max: '最大', average: '平均', l2: 'L2', globalAverage: '全域平均' },
    layerTypes: {
      conv2d: 'Conv2D', pool: 'Pooling2D', zeroPad: 'ZeroPadding2D', flatten: 'Flatten', dense: 'Dense', dropout: 'Dropout', activation: 'Activation',
      depthwiseConv2d: 'DepthwiseConv2D', batchNorm: 'BatchNormalization', add: 'Add', concatenate: 'Concatenate',
    },
  },
  shapeProblem(problem, settingName) {
    switch (problem.code) {
      case 'needsImage':
        return `${LAYER_WORDS[problem.layer]}需要影像形狀的輸入（高×寬×通道），但收到的是長度 ${grouped(problem.length)} 的扁平向量`;
      case 'settingOutOfRange':
        return `${settingName(problem.setting)}必須是${problem.belowMax ? `大於等於 ${problem.min} 且小於 ${problem.max} 的數` : ` ${grouped(problem.min)} 到 ${grouped(problem.max)} 之間的整數`}（目前是 ${problem.value}）`;
      case 'unknownOption':
        return `不認得的${settingName(problem.setting)}「${problem.value}」`;
      case 'windowTooBig':
        return `${problem.window}×${problem.window} 的${problem.pool ? '池化窗口' : '卷積核'}放不進 ${problem.height}×${problem.width} 的輸入：輸出列數 ${problem.rows}，行數 ${problem.columns}；請改用${problem.pool ? '較小的窗口' : '較小的卷積核，或改用「same」填充'}`;
      case 'alreadyFlat':
        return `輸入已經是長度 ${grouped(problem.length)} 的扁平向量；請移除這個 Flatten 層`;
      case 'needsFlat':
        return `全連接層需要扁平向量，但收到 ${problem.shape} 的張量；請在它前面加上 Flatten（或全域池化）層`;
      case 'notALayer':
        return '這一項不是一個層';
      case 'nameMissing':
        return '每一層都需要名稱';
      case 'nameTwice':
        return `名稱「${problem.name}」用了兩次；層的名稱不能重複`;
      case 'nameNotAllowed':
        return `不能使用名稱「${problem.name}」：TensorFlow.js 的層名稱只接受英文字母、數字與 . _ - /，並須以字母或數字開頭`;
      case 'unusedOutput':
        return `沒有任何層讀取「${problem.name}」的輸出；請把它接到後面的層（例如透過 Add 或 Concatenate 層），或刪除它`;
      case 'analysisOnlyLayer':
        if (problem.detail === 'noBias') return '實驗室只訓練有偏差值的卷積，而這一層沒有';
        if (problem.detail === 'nonSquareKernel') return '實驗室只訓練正方形的卷積核';
        if (problem.detail === 'samePadding') return '實驗室的 L2 池化只使用 valid 窗口';
        return `實驗室能分析 ${cnnZh.table.layerTypes[problem.type as LayerType] ?? problem.type} 層，但還不能訓練它`;
      case 'tooWideToTrain':
        return `${grouped(problem.value)} 個${problem.setting === 'filters' ? '濾波器' : '單元'}超過這個頁面能訓練的上限（${grouped(problem.max)}）；網路仍然可以分析`;
      case 'badInputs':
        return '「inputs」必須是層名稱的清單';
      case 'inputCount':
        return problem.merge ? `合併層至少需要 2 個輸入，但只有 ${problem.count} 個` : `這一層只讀取一個輸入，卻列出了 ${problem.count} 個`;
      case 'unknownInput':
        return `「${problem.name}」不是這一層上方的層`;
      case 'shapesDiffer':
        return problem.merge === 'add'
          ? `相加的輸入必須形狀相同，但它們是 ${problem.shapes.join('、')}`
          : `串接的輸入必須有相同的高與寬，但它們是 ${problem.shapes.join('、')}`;
      case 'badInput':
        return '輸入的高、寬與通道數必須是大於等於 1 的整數';
      case 'badClasses':
        return '類別數必須是大於等於 1 的整數';
      case 'tooManyParams':
        return `${grouped(problem.params)} 個參數超過這個頁面能訓練的上限（${grouped(problem.max)}）；請減少濾波器或單元數，或在攤平前先池化`;
      case 'noLayers':
        return `請加入層：網路最後必須是有 ${problem.classes} 個 softmax 單元的全連接層`;
      case 'wrongOutput':
        return `最後一層必須輸出 ${problem.classes} 個類別分數，但它輸出的是 ${problem.shape ?? '空的'}；請以 Dense(${problem.classes}, softmax) 結尾`;
      case 'needsSoftmax':
        return '最後一層必須使用 softmax，輸出才會是各類別的機率';
    }
  },
  inspect: {
    heading: '網路內部',
    hide: '隱藏檢視',
    show: '顯示檢視',
    toggleTip: '隱藏這些檢視就不必為它們多跑前向傳播，訓練最快。',
    pickDigit: '選一個測試數字',
    atStep: (step: number) => `這裡顯示的都是第 ${grouped(step)} 步訓練之後的網路。`,
    orDraw: '……或自己畫一個',
    selectedUnit: '選取的單元',
    unitText: (layer: string, channel: number, row: number, col: number, value: string | null) =>
      `${layer}，通道 ${channel}，第 ${row} 列，第 ${col} 行${value === null ? '' : `（激勵值 ${value}）`}`,
    noUnit: '尚未選取：在特徵圖上移動滑鼠、點選或使用鍵盤',
    inputName: '輸入',
    filtersHeading: '共享的濾波器權重',
    mapsHeading: '特徵圖',
    waiting: '正在等待網路……',
    fixFirst: '先修正網路，才能看見它的內部。',
    mapsLabel: (name: string, shape: string, selectable: boolean) =>
      `${name} 的特徵圖，${shape}${selectable ? '。Home 鍵選取第一個單元；方向鍵移動；Page Up 與 Page Down 切換通道。' : ''}`,
    mapsRole: '特徵圖',
    barsLabel: (name: string, units: number) => `${name} 的激勵值：${units} 個單元，以長條表示`,
    explain: '特徵圖顯示所選數字在每一層的輸出：每個通道一張小圖，越暗代表激勵值越大。把滑鼠移到某個單元上或點選它（也可以聚焦在圖上再用方向鍵），就會在輸入和下方每一層框出它的感受野。',
  },
  samples: {
    waiting: '資料載入後，這裡會出現測試數字。',
    group: '測試數字',
    digit: (n: number, label: number) => `測試數字 ${n}（是 ${label}）`,
  },
  drawing: {
    pad: '手寫板',
    explain: '用滑鼠、觸控筆或手指寫一個數字。網路讀取前，它會像 MNIST 一樣被置中並縮放。',
    clear: '清除',
    seen: '網路看到的樣子（28×28）：',
    processed: '你的手寫數字，已前處理為 28×28',
  },
  prediction: {
    label: '預測',
    prompt: '在手寫板上寫一個數字，或選一個測試數字，就能看到預測',
    value: (digit: number, sure: string) => `${digit}（把握度 ${sure}）`,
    barsTrue: '正解',
    barsLabel: (values: string) => `各數字的機率：${values}`,
  },
  receptive: {
    region: '感受野',
    heading: (layer: string, channel: number, row: number, col: number) => `${layer} 的感受野，通道 ${channel}，第 ${row} 列，第 ${col} 行`,
    globalHeading: (layer: string, channel: number) => `${layer} 的感受野，通道 ${channel}`,
    global: (h: number, w: number) => `全域平均池化把下方全部 ${h}×${w} 個單元取平均，所以它看到的輸入像素是`,
    pixels: '輸入像素',
    range: (r0: number, r1: number, c0: number, c1: number) => `第 ${r0}–${r1} 列，第 ${c0}–${c1} 行`,
    size: '感受野大小',
    clipped: '（延伸到填充區或超出邊界的部分已截掉）',
    onlyPadding: (size: number) => `這個單元只看到補上的零；感受野大小 ${size}×${size}。`,
    sizeRule: '大小：1 加上每層的「卷積核減 1」乘以它下方的跳距',
    jumpRule: '跳距：下方各層步伐的乘積',
    startRule: '起點：負的「每層填充乘以它下方的跳距」之和',
    rowRule: '這個單元看到的第一列與最後一列輸入',
    colRule: '第一行與最後一行輸入',
  },
  effective: {
    toggle: '顯示有效感受野（梯度）',
    explain: '每個輸入像素改變時，這個單元的激勵值會改變多少：也就是單元對輸入的梯度，由模型實際算出。',
    label: '有效感受野：每個輸入像素對所選單元的影響有多大（它的梯度）',
    legend: '紫色：筆跡加深會降低這個單元；橘色：會提高它；白色：沒有影響。橘黃色的框是依公式算出的感受野。',
    computing: '計算中……',
  },
  pooling: {
    region: '池化窗口',
    heading: (kind: string, layer: string, below: string, channel: number, r0: number, r1: number, c0: number, c1: number) =>
      `${kind}池化：${layer} 在 ${below} 上的窗口，通道 ${channel}，第 ${r0}–${r1} 列，第 ${c0}–${c1} 行`,
    theInput: '輸入',
    winner: (value: string) => `最大值 ${value}`,
    modelOutput: '模型自己對這個單元的輸出：',
  },
  filters: {
    none: '這個網路沒有卷積層，所以沒有共享的濾波器可以顯示。',
    layer: '層',
    layerOption: (name: string, count: number, k: number) => `${name}（${count} 個 ${k}×${k} 濾波器）`,
    channel: '輸入通道',
    channelTip: '較深的濾波器對每個輸入通道各有一組權重；在這裡逐一切換檢視。',
    of: (n: number) => `共 ${n} 個`,
    colours: '配色',
    darker: '越暗越大（與講義相同）',
    signed: '雙色發散，保留正負號',
    legendLabel: (lo: string, hi: string) => `色階圖例：${lo} 到 ${hi}`,
    legendDarker: '越淺越小（越負），越暗代表權重越大',
    legendSigned: '紫色為負，白色為 0，橘色為正',
    label: (name: string, count: number, k: number, channel: number | null) =>
      `${name} 的濾波器：${count} 個 ${k}×${k} 的卷積核${channel === null ? '' : `，輸入通道 ${channel}`}`,
    explain: '每個卷積層學習幾個小濾波器，並讓每個濾波器滑過整個輸入（權重共享）。訓練時可以看到它們從雜訊中逐漸成形：第一層的濾波器常會變成筆畫和邊緣的偵測器。',
  },
  confusion: {
    heading: '測試集混淆矩陣',
    evaluate: '立即評估全部 10,000 張',
    evaluating: '評估中……',
    evaluateTip: '用目前的權重分類全部 10,000 張測試影像（每個訓練週期結束時也會自動做一次）。',
    empty: '第一次完整評估後才會出現矩陣：在一個訓練週期結束時，或按下按鈕。',
    summary: (step: string, accuracy: string) => `第 ${step} 步：10,000 個測試數字中答對 ${accuracy}。列是真正的數字，行是預測；點選格子可看到其中的影像。`,
    table: '混淆矩陣',
    corner: '真實 ↓ ／ 預測 →',
    classAccuracy: '各類別準確率',
    cell: (truth: number, predicted: number, count: number) => `真實 ${truth}，預測 ${predicted}：${count}`,
    cellRegion: '所選格子中的數字',
    cellHeading: (truth: number, predicted: number, total: number, shown: number) =>
      `真實 ${truth}，預測 ${predicted}：${total} 張影像${total > shown ? `（顯示前 ${shown} 張）` : ''}`,
    image: (index: number, truth: number, predicted: number) => `測試影像 ${index}：真實 ${truth}，預測 ${predicted}`,
  },
};
