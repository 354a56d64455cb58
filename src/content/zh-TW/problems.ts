/** How the app words the worker's, the data loader's and the engine's codes, in Traditional Chinese. */
import type { BackendName } from '../../workers/problems';
import type { ProblemWords } from '../problems';

const BACKEND_LABELS: Record<BackendName | 'auto', string> = { auto: '自動', webgl: 'WebGL', wasm: 'WebAssembly', cpu: 'CPU' };

const number = (v: number) => String(Number(v.toPrecision(6)));
const large = (v: number) => (Math.abs(v) >= 1e5 ? v.toExponential(2) : v.toFixed(2));

export const problemsZh: ProblemWords = {
  backendLabels: BACKEND_LABELS,
  backendReason(reason) {
    switch (reason.code) {
      case 'autoGpu':
        return `自動：使用顯示卡上的 WebGL（${reason.renderer}）。`;
      case 'autoWasmFaster':
        return `自動：使用 WebAssembly。在 ${reason.seconds.toFixed(1)} 秒的試跑中，它比軟體繪圖器 ${reason.renderer} 上的 WebGL 快 ${reason.speedup.toFixed(1)} 倍。`;
      case 'autoNoWebgl':
        return '自動：使用 WebAssembly，因為這個瀏覽器無法使用 WebGL。';
      case 'autoWebglFaster':
        return `自動：使用 WebGL，在 ${reason.seconds.toFixed(1)} 秒的試跑中比 WebAssembly 快（${reason.renderer}）。`;
      case 'autoCpuOnly':
        return '自動：使用純 JavaScript（CPU），因為這個瀏覽器無法啟動 WebGL 或 WebAssembly，訓練會比較慢。';
      case 'autoRemembered':
        return `${problemsZh.backendReason(reason.measured).replace(/。$/, '')}（這是先前在這個瀏覽器造訪時量得的結果）。`;
      case 'chosen':
        return `你選擇了 ${BACKEND_LABELS[reason.backend]}。${reason.softwareRenderer ? `它正在軟體繪圖器（${reason.softwareRenderer}）上執行，速度會比較慢。` : ''}`;
      case 'webglLost':
        return `WebGL 在訓練途中停止運作（瀏覽器失去了繪圖環境），因此訓練改在 ${BACKEND_LABELS[reason.backend]} 上進行。`;
      case 'fallback':
        return `${BACKEND_LABELS[reason.wanted]} 無法在這個瀏覽器啟動，因此改用：${problemsZh.backendReason(reason.auto).replace(/^自動：/, '')}`;
    }
  },
  dataProblem(problem) {
    switch (problem.code) {
      case 'manifestUnreachable':
        return `無法下載資料清單（${problem.detail}）。請檢查網路連線後重試。`;
      case 'manifestMissing':
        return `找不到資料清單（HTTP ${problem.status}）；請執行「npm run data」產生它。`;
      case 'manifestCorrupt':
        return '資料清單已損壞；請執行「npm run data」重新產生。';
      case 'shardUnreachable':
        return `無法下載 ${problem.file}（${problem.detail}）。請檢查網路連線後重試。`;
      case 'shardMissing':
        return `無法下載 ${problem.file}（HTTP ${problem.status}）。`;
      case 'shardTruncated':
        return `${problem.file} 只有 ${problem.bytes.toLocaleString('zh-TW')} 位元組，應為 ${problem.expected.toLocaleString('zh-TW')}：檔案不完整或已過期。`;
      case 'shardNotGzip':
        return `${problem.file} 不是 gzip 資料；伺服器可能已將它解壓縮或替換。`;
      case 'shardCorrupt':
        return `${problem.file} 已損壞，無法解壓縮。`;
      case 'shardWrongShape':
        return `${problem.file} 含有 ${problem.found.join('×')} 個數值，應為 ${problem.expected.join('×')}。`;
      case 'shardBadLabel':
        return `${problem.file} 含有標籤 ${problem.label}，它不是 0 到 9 的數字。`;
    }
  },
  trainerProblem(problem) {
    switch (problem.code) {
      case 'diverged': {
        const what = problem.cause === 'notANumber'
          ? '損失變成了 NaN'
          : `損失爆增到 ${large(problem.loss)}（上限為 ${large(problem.limit)}）`;
        return {
          title: '訓練發散了',
          body: `在第 ${problem.step} 步，${what}：權重更新太大，網路發散了。` +
            `請調低學習率（目前是 ${number(problem.learningRate)}，可試試 ${number(problem.suggestedRate)}）` +
            `${problem.canClip ? '，或勾選「梯度裁剪」' : ''}，然後按「重設」從新的權重重新開始。`,
        };
      }
      case 'invalidConfiguration':
        return { title: '發生錯誤', body: `訓練器在這個設定中發現了 ${problem.problems} 個頁面沒有攔下的問題。請修改設定或按「重設」；也請回報這個錯誤。` };
      case 'unexpected':
        return { title: '發生錯誤', body: `訓練器因錯誤而停止：${problem.detail}。你的設定都還在；請按「重設」再試一次。` };
      case 'restoreFailed':
        return { title: '無法載入這個模型', body: `它的權重終究不符合這個網路：${problem.detail}。請按「重設」用新的權重訓練這個網路；也請回報這個錯誤。` };
      case 'workerStopped':
        return { title: '訓練背景程序已停止', body: `${problem.detail || '它無法載入。'}請重新載入頁面再試一次。` };
      case 'webglLost':
        return {
          title: '顯示卡停止運作（WebGL 繪圖環境遺失）',
          body: `瀏覽器在訓練途中收回了 WebGL，常見於顯示卡驅動程式重設之後。訓練已改在 ${BACKEND_LABELS[problem.backend]} 上進行。`
            + '你的設定都還在，但權重原本存放在顯示卡上，因此會依種子重新初始化。按「訓練」即可繼續；若想再試顯示卡，請在「運算後端」選擇 WebGL。',
        };
      case 'workerRestarted':
        return {
          title: '訓練背景程序當掉了，已重新啟動',
          body: `${problem.detail ? `它因以下錯誤而停止：${problem.detail}。` : ''}新的背景程序已用你所有的設定啟動；權重會依種子重新初始化。按「訓練」即可繼續。`,
        };
    }
  },
};
