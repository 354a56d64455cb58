/** 儲存與載入訓練好的模型：對話框、已儲存模型的清單，以及拒絕檔案的每一種原因。 */
import type { models } from '../modelText';
import type { ForeignFileKind } from '../../engine/modelFile/modelFileCodec';

const grouped = (n: number) => n.toLocaleString('zh-TW');
const size = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`);
const shape = (s: number[]) => s.join('×');

const FOREIGN: Record<ForeignFileKind, string> = {
  tfjsModel: '它看起來是 TensorFlow.js 的 model.json，本頁不讀這種檔案。',
  json: '它是一個 JSON 檔。',
  kerasH5: '它看起來是 Keras 的 .h5 檔，本頁不讀這種檔案。',
  zip: '它是一個 zip 壓縮檔（Keras 的 .keras 檔就是這種），本頁不讀這種檔案。',
  image: '它是一張圖片。',
  text: '它是一個文字檔。',
  unknown: '',
};

const KEPT = '沒有任何變更：你的網路、訓練進度與設定都維持原樣。';

export const modelsZh: typeof models = {
  group: '模型',
  save: '儲存模型',
  load: '載入模型',
  exportCode: '匯出程式碼',
  saveTip: '保存訓練好的網路（權重、優化器的狀態、設定、步數與學習曲線），存在這個瀏覽器裡或存成檔案，之後或換一台電腦都能接著做。',
  loadTip: '取回存在這個瀏覽器的模型或先前下載的檔案，並從儲存時的步數接著訓練。',
  exportTip: '把這個網路寫成給 Colab 用的 Keras（Python）程式碼和 TensorFlow.js 程式碼：層、形狀與參數數量都相同，可以在實驗場之外訓練它。',
  saveHeading: '儲存模型',
  name: '名稱',
  defaultName: (network, step) => `${network} · 第 ${grouped(step)} 步`,
  customNetwork: '自訂網路',
  contents: (step, optimizer) => `儲存第 ${grouped(step)} 步時的權重、${optimizer} 的累積狀態、訓練設定與學習曲線。`,
  estimate: (bytes) => `約 ${size(bytes)}。`,
  saveInBrowser: '存在這個瀏覽器',
  downloadFile: '下載檔案',
  cancel: '取消',
  close: '關閉',
  saving: '儲存中……',
  loadHeading: '載入模型',
  loadIntro: '載入會以儲存的網路取代畫面上的網路與其訓練；之後從儲存時的步數接著訓練。',
  replacesRun: (step) => `目前的訓練（第 ${grouped(step)} 步）會結束，除非你先把它存起來。`,
  savedHere: '存在這個瀏覽器的模型',
  noneSaved: '這個瀏覽器裡還沒有這個實驗室的模型。',
  otherLab: (count, lab) => `另有 ${grouped(count)} 個${lab}的模型：請到那裡載入。`,
  stepShort: (step) => `第 ${step} 步`,
  accuracyShort: (accuracy) => `測試 ${accuracy}`,
  loadNamed: (name) => `載入「${name}」`,
  renameNamed: (name) => `重新命名「${name}」`,
  deleteNamed: (name) => `刪除「${name}」`,
  downloadNamed: (name) => `下載「${name}」`,
  loadShort: '載入',
  renameShort: '重新命名',
  deleteShort: '刪除',
  downloadShort: '下載',
  newName: (name) => `「${name}」的新名稱`,
  saveName: '儲存名稱',
  confirmDelete: (name) => `要從這個瀏覽器刪除「${name}」嗎？刪除後無法復原。`,
  keep: '保留',
  fromFile: '從檔案載入',
  fileLabel: '模型檔案',
  chooseFile: '從檔案載入……',
  dropHint: '或把 .cnnrnn 檔拖放到這裡。',
  reading: '正在讀取檔案……',
  savedInBrowser: (name) => `已把「${name}」存在這個瀏覽器。「載入模型」會列出它。`,
  downloaded: (name) => `已下載「${name}」。`,
  loaded: (name, step) => `已載入「${name}」，位於第 ${grouped(step)} 步。按「訓練」即可從那裡接著訓練。`,
  notReady: '還沒有可以儲存的網路：請等網路建立完成。',
  weightsNotFinite: '權重已經不是數字（訓練發散了），沒有值得儲存的東西。請按「重設」重新訓練。',
  refusedHeading: (source) => `沒有載入「${source}」`,
  fileProblem(problem, fields, labs, optimizers) {
    switch (problem.code) {
      case 'empty':
        return `這個檔案是空的。${KEPT}`;
      case 'tooLarge':
        return `這個檔案有 ${size(problem.bytes)}；本實驗場的模型檔最多 ${size(problem.max)}，所以它不是模型檔。${KEPT}`;
      case 'notAModelFile':
        return `這不是本實驗場的模型檔。${FOREIGN[problem.looksLike]}請選擇用「儲存模型」做出的檔案（副檔名為 .cnnrnn）。${KEPT}`;
      case 'truncated':
        return `這個檔案不完整：它只有 ${grouped(problem.bytes)} 位元組，應該有 ${grouped(problem.expected)} 位元組。請重新下載或複製一次。${KEPT}`;
      case 'corrupt':
        return `這個檔案已損壞：內容與它的檢查碼不符，可能在複製時被改動或破壞了；請使用原始檔案。${KEPT}`;
      case 'newerVersion':
        return `這個檔案是較新版本的實驗場做的（模型格式 ${problem.version}；本頁讀的是格式 ${problem.supported}）。請在新版本中開啟。${KEPT}`;
      case 'headerInvalid':
        return `檔案對模型的描述與本頁寫出的格式不同（其中「${problem.field}」部分缺少或有誤），因此無法信任它的權重。${KEPT}`;
      case 'wrongLab':
        return `這個模型是在${labs[problem.fileLab]}儲存的。請開啟${labs[problem.fileLab]}並在那裡載入。${KEPT}`;
      case 'settingsInvalid':
        return `檔案的設定中有本頁不允許的值：${problem.fields.map((f) => fields[f]).join('、')}。${KEPT}`;
      case 'weightCountMismatch':
        return `檔案裡有 ${grouped(problem.found)} 個權重張量，但它描述的網路有 ${grouped(problem.expected)} 個。${KEPT}`;
      case 'weightShapeMismatch':
        return `第 ${problem.index + 1} 個權重張量的形狀是 ${shape(problem.found)}，但它描述的網路需要 ${shape(problem.expected)}。${KEPT}`;
      case 'optimizerMismatch':
        return `儲存的優化器（${optimizers[problem.optimizer] ?? problem.optimizer}）狀態與網路的權重不符。${KEPT}`;
      case 'weightsNotFinite':
        return `檔案中有些權重不是數字（NaN 或無限大），就像訓練發散之後那樣。${KEPT}`;
    }
  },
  libraryProblem(problem) {
    switch (problem.code) {
      case 'unavailable':
        return '這個瀏覽器不讓本頁保存模型（無痕模式可能會阻擋）。請改用「下載檔案」。';
      case 'full':
        return '瀏覽器給這個網站的儲存空間已滿。請刪除不再需要的模型，或把這個模型下載成檔案。';
      case 'notFound':
        return '那個儲存的模型已經不在了（可能在另一個分頁被刪除）。';
      case 'failed':
        return `瀏覽器無法完成這個動作：${problem.detail}。`;
    }
  },
  size,
  savedAt: (iso) => new Date(iso).toLocaleString('zh-TW', { dateStyle: 'medium', timeStyle: 'short' }),
};
