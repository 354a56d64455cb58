"""Checks the exported Keras code against a real Keras (run by scripts/verifyKerasExport.sh).

For every case written by bench/exportCode.measure.ts: imports the exported module, builds the
model and compares its parameter count, every layer's name, output shape and parameters with the
app's summary (manifest.json); checks the starting distributions the notes promise (tfjs's
truncated normal, orthogonal × gain, the forget-gate bias, distinct directions of a bidirectional
layer) and, for GRUs, the parameter count Keras's default reset_after=True would give; checks the
data shapes (and the text task's test labels against the app's); then trains a few real steps
with main(epochs=1, steps_per_epoch=N, mnist_path=...) and reports the loss. Prints a table and
exits non-zero on any mismatch.
"""

import argparse
import contextlib
import importlib.util
import io
import json
import math
import os
import sys
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import numpy as np  # noqa: E402


def read_idx(path):
    """An IDX file of unsigned bytes: magic (0, 0, 8, rank), one big-endian uint32 per dimension, data."""
    with open(path, "rb") as f:
        raw = f.read()
    rank = raw[3]
    dims = [int.from_bytes(raw[4 + 4 * i: 8 + 4 * i], "big") for i in range(rank)]
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * rank).reshape(dims)


def build_npz(mnist_dir, npz_path):
    """The real MNIST as keras.datasets.mnist's mnist.npz (keys x_train, y_train, x_test, y_test)."""
    if os.path.exists(npz_path):
        return
    parts = {
        "x_train": "train-images-idx3-ubyte", "y_train": "train-labels-idx1-ubyte",
        "x_test": "t10k-images-idx3-ubyte", "y_test": "t10k-labels-idx1-ubyte",
    }
    np.savez_compressed(npz_path, **{key: read_idx(os.path.join(mnist_dir, name)) for key, name in parts.items()})


def load_module(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def check_defaults(keras, expected):
    """The Keras defaults the notes compare with (libraryDefaults.ts) are this Keras's."""
    problems = []
    for class_name, settings in expected.items():
        config = getattr(keras.optimizers, class_name)().get_config()
        for key, value in settings.items():
            actual = config[key]
            same = actual == value if isinstance(value, bool) else math.isclose(float(actual), float(value), rel_tol=1e-6)
            if not same:
                problems.append(f"Keras {class_name} default {key} is {actual}, the notes say {value}")
    return problems


def check_layers(keras, model, case):
    problems = []
    names = [layer.name for layer in model.layers if not isinstance(layer, keras.layers.InputLayer)]
    expected_names = [layer["kerasName"] for layer in case["layers"]]
    if names != expected_names:
        problems.append(f"layer names {names} != {expected_names}")
    for expected in case["layers"]:
        layer = model.get_layer(expected["kerasName"])
        shape = list(layer.output.shape[1:])
        if shape != expected["outputShape"]:
            problems.append(f"{expected['kerasName']}: shape {shape} != {expected['outputShape']}")
        if layer.count_params() != expected["params"]:
            problems.append(f"{expected['kerasName']}: {layer.count_params()} parameters != {expected['params']}")
    if model.count_params() != case["totalParams"]:
        problems.append(f"total {model.count_params()} != {case['totalParams']}")
    return problems


def check_starting_weights(keras, model, case):
    """What the notes promise about the starting weights, measured on the built model."""
    problems, facts = [], []
    init = case.get("init")
    if init in ("heNormal", "leCunNormal"):
        spread = math.sqrt(1 - 4 * math.exp(-2) / math.sqrt(2 * math.pi) / math.erf(math.sqrt(2)))
        scale = {"heNormal": 2.0, "leCunNormal": 1.0}[init]
        kernels = [(layer, layer.kernel.numpy()) for layer in model.layers if hasattr(layer, "kernel") and layer.kernel is not None]
        layer, kernel = max(kernels, key=lambda lk: lk[1].size)
        fan_in = int(np.prod(kernel.shape[:-1]))
        ratio = float(kernel.std() / (spread * math.sqrt(scale / fan_in)))
        big = float(np.abs(kernel).max() / math.sqrt(scale / fan_in))
        facts.append(f"{layer.name} σ ratio {ratio:.3f}")
        # A sample's spread is itself uncertain, by about 1/√(2n) of it: allow 4 of those.
        if abs(ratio - 1) > 4 / math.sqrt(2 * kernel.size) + 0.01 or big > 2.0 + 1e-5:
            problems.append(f"{layer.name}: spread ratio {ratio:.3f} (max |w|/σ {big:.3f}), expected tfjs's truncated normal")
    recurrent = case.get("recurrent")
    if recurrent:
        gain = recurrent.get("recurrentGain", 1)
        units = recurrent["units"]
        for i in range(recurrent["layers"]):
            weights = model.get_layer(f"rnn{i + 1}").get_weights()
            directions = [weights[k:k + 3] for k in range(0, len(weights), 3)]
            for kernel, recurrent_kernel, bias in directions:
                singular = np.linalg.svd(recurrent_kernel, compute_uv=False)
                if not np.allclose(singular, gain, atol=1e-4):
                    problems.append(f"rnn{i + 1}: recurrent singular values {singular.min():.4f}–{singular.max():.4f}, expected {gain}")
                if recurrent["cell"] == "lstm":
                    forget = bias[units:2 * units]
                    rest = np.concatenate([bias[:units], bias[2 * units:]])
                    if not (np.allclose(forget, recurrent["forgetBias"]) and np.allclose(rest, 0)):
                        problems.append(f"rnn{i + 1}: forget bias {forget[:3]}…, expected {recurrent['forgetBias']}")
                elif not np.allclose(bias, 0):
                    problems.append(f"rnn{i + 1}: bias not zero")
            if len(directions) == 2 and np.allclose(directions[0][1], directions[1][1]):
                problems.append(f"rnn{i + 1}: both directions start with the same recurrent weights")
        facts.append(f"U = {gain}·orthogonal")
        if recurrent["cell"] == "lstm":
            facts.append(f"forget bias {recurrent['forgetBias']}")
    return problems, facts


def keras_default_gru_params(keras, model):
    """Parameters of the same model with Keras's default GRU (reset_after=True)."""
    config = model.get_config()

    def walk(node):
        if isinstance(node, dict):
            if node.get("class_name") == "GRU":
                node["config"]["reset_after"] = True
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(config)
    return keras.Model.from_config(config).count_params()


def check_data(module, case, npz_path):
    problems = []
    train, (x_test, y_test) = module.load_data(npz_path)
    if list(x_test.shape[1:]) != case["inputShape"]:
        problems.append(f"test inputs {x_test.shape[1:]} != {case['inputShape']}")
    answers = [case["inputShape"][0]] if case["perStep"] else []
    target_shape = list(y_test.shape[1:])
    if target_shape not in (answers, answers + [1]):
        problems.append(f"test targets {target_shape} != {answers} (+ [1])")
    if case["testLabels"] is not None and y_test.reshape(-1).tolist() != case["testLabels"]:
        problems.append("the text's test labels differ from the app's")
    task = case["task"]
    if task == "delayedRecall":
        symbols = case["taskSpec"]["symbols"]
        if not (np.array_equal(x_test[:, 0, :symbols].argmax(1), y_test) and np.all(x_test[:, -1, 2 * symbols] == 1)
                and np.all(x_test[:, 1:-1, symbols:2 * symbols].sum(2) == 1)):
            problems.append("delayed recall: symbol, distractors or cue not where the app puts them")
    elif task == "adding":
        marks = x_test[:, :, 1]
        half = x_test.shape[1] // 2
        sums = (x_test[:, :, 0] * marks).sum(1)
        if not (np.all(marks[:, :half].sum(1) == 1) and np.all(marks[:, half:].sum(1) == 1) and np.allclose(sums, y_test[:, 0], atol=1e-6)):
            problems.append("adding: not one mark per half, or the target is not the marked sum")
    elif task == "signal":
        # x(t + 1) − target(t) is the noise at t + 1: its spread is NOISE.
        spread = float((x_test[:, 1:, 0] - y_test[:, :-1, 0]).std())
        if abs(spread - case["taskSpec"]["noise"]) > 0.1 * case["taskSpec"]["noise"] + 1e-6:
            problems.append(f"signal: input − previous target spreads {spread:.4f}, expected the noise {case['taskSpec']['noise']}")
    return problems


def check_training_settings(keras, model, module, case):
    """The optimizer's settings, the L2 penalty's size and, where used, L2 pooling and the image shifts."""
    import tensorflow as tf

    problems = []
    compiled = module.compile_model(model)
    config = compiled.optimizer.get_config()
    for key, value in case["kerasOptimizer"]["settings"]:
        same = config[key] == value if isinstance(value, bool) else math.isclose(float(config[key]), float(value), rel_tol=1e-6)
        if not same:
            problems.append(f"optimizer {key} = {config[key]}, the app uses {value}")
    if case["clipThreshold"] is not None and not math.isclose(config["global_clipnorm"], case["clipThreshold"], rel_tol=1e-6):
        problems.append(f"global_clipnorm {config['global_clipnorm']} != {case['clipThreshold']}")
    if case["l2"] > 0:
        # The app's penalty: λ·Σw² over every weight whose name says kernel (recurrent kernels too).
        model(np.zeros((1, *case["inputShape"]), dtype="float32"))
        kernels = [w for w in model.weights if w.path.split("/")[-1] in ("kernel", "recurrent_kernel")]
        expected = case["l2"] * sum(float(np.sum(np.square(w.numpy()))) for w in kernels)
        actual = float(sum(float(loss) for loss in model.losses))
        if not math.isclose(actual, expected, rel_tol=1e-5):
            problems.append(f"L2 penalty {actual} != λ·Σw² = {expected}")
    pools = [layer for layer in model.layers if type(layer).__name__ == "L2Pooling2D"]
    for layer in pools:
        shape = (2, *layer.input.shape[1:])
        x = np.random.default_rng(0).normal(size=shape).astype("float32")
        x[0] = 0  # an all-zero input: the gradient must be 0, not NaN
        k, s = layer.pool_size, layer.strides
        rows, cols = (shape[1] - k) // s + 1, (shape[2] - k) // s + 1
        naive = np.array([[[np.sqrt((x[b, r * s:r * s + k, c * s:c * s + k, :] ** 2).sum(axis=(0, 1))) for c in range(cols)] for r in range(rows)] for b in range(2)])
        variable = tf.Variable(x)
        with tf.GradientTape() as tape:
            y = layer(variable)
            total = tf.reduce_sum(y)
        gradient = tape.gradient(total, variable).numpy()
        if not np.allclose(y.numpy(), naive, atol=1e-5):
            problems.append(f"{layer.name}: L2 pooling values differ from √(Σx²)")
        if not (np.all(np.isfinite(gradient)) and np.all(gradient[0] == 0)):
            problems.append(f"{layer.name}: L2 pooling gradient is not 0 on an all-zero input")
    if hasattr(module, "shift_images"):
        images = np.random.default_rng(1).integers(0, 255, size=(64, *case["inputShape"])).astype("float32")
        shifted = module.shift_images(images, np.random.default_rng(2))
        for image, moved in zip(images, shifted):
            if not any(np.array_equal(moved, naive_shift(image, d_row, d_col)) for d_row, d_col in case["shifts"]):
                problems.append("shift_images: an image is not one of the app's shifts")
                break
    return problems


def naive_shift(image, d_row, d_col):
    """The app's shift (augment.ts): target[r, c] = source[r − d_row, c − d_col], 0 outside."""
    out = np.zeros_like(image)
    height, width = image.shape[0], image.shape[1]
    for r in range(height):
        for c in range(width):
            if 0 <= r - d_row < height and 0 <= c - d_col < width:
                out[r, c] = image[r - d_row, c - d_col]
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", required=True)
    parser.add_argument("--mnist-dir", required=True)
    parser.add_argument("--npz", required=True)
    parser.add_argument("--steps", type=int, default=5)
    parser.add_argument("--only", nargs="*", help="case ids to check (default: all)")
    args = parser.parse_args()

    import keras
    import tensorflow as tf

    tf.get_logger().setLevel("ERROR")  # retracing warnings: every case is a new model
    build_npz(args.mnist_dir, args.npz)
    with open(os.path.join(args.cases, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    print(f"TensorFlow {tf.__version__}, Keras {keras.__version__}, NumPy {np.__version__}, Python {sys.version.split()[0]}")
    failures = check_defaults(keras, manifest["kerasOptimizerDefaults"])
    for problem in failures:
        print("DEFAULTS:", problem)

    rows = []
    for case in manifest["cases"]:
        if args.only and case["id"] not in args.only:
            continue
        started = time.time()
        module = load_module(os.path.join(args.cases, f"{case['id']}.py"), case["id"].replace("-", "_"))
        model = module.build_model()
        layer_problems = check_layers(keras, model, case)
        problems = list(layer_problems)
        weight_problems, facts = check_starting_weights(keras, model, case)
        problems += weight_problems
        if case.get("gruDefaultParams") is not None:
            default_params = keras_default_gru_params(keras, model)
            facts.append(f"reset_after=True: {default_params:,}")
            if default_params != case["gruDefaultParams"]:
                problems.append(f"Keras default GRU gives {default_params}, the note says {case['gruDefaultParams']}")
        problems += check_data(module, case, args.npz)
        problems += check_training_settings(keras, model, module, case)
        with contextlib.redirect_stdout(io.StringIO()):
            result = module.main(epochs=1, steps_per_epoch=args.steps, mnist_path=args.npz)
        loss = result["loss"][-1]
        if not math.isfinite(loss):
            problems.append(f"loss {loss}")
        seconds = time.time() - started
        rows.append((case["id"], case["totalParams"], model.count_params(), "ok" if not layer_problems else "MISMATCH",
                     loss, result["test_accuracy"], seconds, "; ".join(facts)))
        for problem in problems:
            print(f"{case['id']}: {problem}")
        failures += problems
        keras.backend.clear_session()

    print()
    print(f"| case | params (app) | params (Keras) | shapes & names | loss after {args.steps} steps | test accuracy | time | starting weights |")
    print("|---|---:|---:|---|---:|---:|---:|---|")
    for case_id, app, real, shapes, loss, accuracy, seconds, facts in rows:
        print(f"| {case_id} | {app:,} | {real:,} | {shapes} | {loss:.4f} | {accuracy:.3f} | {seconds:.1f} s | {facts} |")
    print()
    if failures:
        print(f"{len(failures)} problem(s)")
        sys.exit(1)
    print(f"All {len(rows)} cases agree with the app.")


if __name__ == "__main__":
    main()
