"""ONNX Runtime backend: multilingual-e5-small as an int8 graph, about twice fp32 torch on CPU.

The graph is exported once from the sentence-transformers folder of ``_e5_offline`` into
the cache, next to it, and reused. The recipe (bump ``ONNX_RECIPE`` when any of it changes;
the folder name and the model id carry it):

- encoder and mean pooling in one graph (``torch.onnx``), ``passage: `` prompt included in
  the pooling, exactly as the sentence-transformers folder does;
- weights int8 per output channel with 7-bit range, activations uint8 per batch, computed
  at run time (``quantize_dynamic``). Seven bits because on AVX2 without VNNI the u8 x s8
  kernel adds pairs of products in saturating int16, and full-range weights overflow it;
- "massive activation" channels kept in fp32. In every layer one GELU channel of the
  feed-forward reaches 10-60 on ``<s>``/``</s>`` where the others stay under 7, and one
  channel of its input reaches 20-45. One such value sets the quantisation step of a whole
  batch; with them quantised the worst seed sentence falls to cosine 0.994 against fp32.
  They are found by running the fp32 model on ``CALIBRATION`` and leave the int8 products
  (zeroed rows and columns) for small fp32 side products, which makes it 0.9986.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from ..errors import ModelError
from . import l2_normalised
from ._e5_offline import _FOLDER_NAME, E5_SMALL_ID, build_atomically, cache_root, e5_small_path

ONNX_RECIPE = 1
_RECIPE_TAG = f"onnx-int8-r{ONNX_RECIPE}"
E5_SMALL_ONNX_ID = f"{E5_SMALL_ID}+{_RECIPE_TAG}"  # vectors differ from fp32: never mix them
MODEL_FILE, TOKENIZER_FILE, CONFIG_FILE = "model.onnx", "tokenizer.json", "onnx_config.json"
BATCH_TOKENS = 2048  # padded tokens per run: ~1400 rows keep the int8 kernels busy
MAX_BATCH = 64
PROGRESS_FROM = 512  # texts; fewer go by without a progress bar
CALIBRATION = (
    "قال الأمين العام للأمم المتحدة إن الوضع في ليبيا خطير للغاية، وإن 25 شخصاً قتلوا.",
    "The minister said on Tuesday that 3.5 million people need help, not 2 million.",
    "Le président a annoncé une aide de 40 millions d'euros pour la reconstruction.",
)
_SPILL = {"ffn_inner": 1, "ffn_input": 1}  # channels per layer kept in fp32 (see above)
_ORT_HINT = "pip install onnxruntime"


def e5_small_onnx_path(cache_dir: Path | None = None) -> Path:
    """Return the int8 ONNX folder of multilingual-e5-small, built on first use.

    Built (about a minute on 2 cores) from :func:`e5_small_path` into a temporary sibling,
    then renamed into place, so a half-written folder is never visible.

    Args:
        cache_dir: Cache root to use instead of ``cache_root()``.

    Returns:
        ``<cache root>/models/<e5-small folder>-onnx-int8-r<recipe>``.

    Raises:
        ModelError: A build dependency is missing, the folder cannot be written, or an
            existing folder is incomplete.
    """
    models = Path(cache_dir if cache_dir is not None else cache_root()) / "models"
    final = models / f"{_FOLDER_NAME}-{_RECIPE_TAG}"
    if not final.exists():
        source = e5_small_path(cache_dir)
        build_atomically(final, lambda tmp: build_onnx_model(source, tmp))
    _check_complete(final)
    return final


def _check_complete(folder: Path) -> None:
    missing = [name for name in (MODEL_FILE, TOKENIZER_FILE, CONFIG_FILE) if not (folder / name).is_file()]
    if missing:
        raise ModelError(f"ONNX model folder {folder} is incomplete (no {', '.join(missing)}); delete it")


def build_onnx_model(source_dir: Path, target_dir: Path) -> Path:
    """Write the int8 ONNX folder of a BERT-type sentence-transformers folder (mean pooling).

    Args:
        source_dir: sentence-transformers folder, e.g. :func:`e5_small_path`.
        target_dir: Folder to write ``model.onnx``, ``tokenizer.json`` and
            ``onnx_config.json`` into (created if missing).

    Returns:
        ``target_dir``.

    Raises:
        ModelError: torch, transformers, onnx or onnxruntime is missing.
    """
    source, target = Path(source_dir), Path(target_dir)
    _require("torch", "onnx", "onnxruntime", "transformers")
    from transformers import AutoModel, AutoTokenizer

    bert = AutoModel.from_pretrained(str(source), attn_implementation="eager").eval()
    tokenizer = AutoTokenizer.from_pretrained(str(source))
    prompt = _passage_prompt(source)
    spill = _spill_channels(bert, tokenizer, [prompt + text for text in CALIBRATION])
    target.mkdir(parents=True, exist_ok=True)
    fp32 = target / "encoder-fp32.onnx"
    _export(_pooled_encoder(bert, spill), fp32)
    _quantize(fp32, target / MODEL_FILE)
    fp32.unlink()
    shutil.copyfile(source / TOKENIZER_FILE, target / TOKENIZER_FILE)
    config = {
        "model_id": E5_SMALL_ONNX_ID, "recipe": ONNX_RECIPE, "source": source.name,
        "dimension": bert.config.hidden_size, "max_length": _max_length(source),
        "prompt": prompt, "pad_token_id": bert.config.pad_token_id, "pooling": "mean",
        "quantization": "dynamic int8, per channel, 7-bit weights", "fp32_channels": spill,
    }
    (target / CONFIG_FILE).write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return target


def _require(*modules: str) -> None:
    import importlib.util

    missing = [name for name in modules if importlib.util.find_spec(name) is None]
    if missing:
        raise ModelError(f"building the ONNX model needs {', '.join(missing)}; run: pip install {' '.join(missing)}")


def _passage_prompt(source: Path) -> str:
    """The folder's ``passage`` prompt, as ``SentenceTransformerEmbedder`` uses it."""
    config = source / "config_sentence_transformers.json"
    prompts = json.loads(config.read_text(encoding="utf-8")).get("prompts", {}) if config.is_file() else {}
    return prompts.get("passage", "passage: ")


def _max_length(source: Path) -> int:
    return int(json.loads((source / "sentence_bert_config.json").read_text(encoding="utf-8"))["max_seq_length"])


def _spill_channels(bert, tokenizer, texts: list[str]) -> dict[str, list[list[int]]]:
    """Per layer, the feed-forward channels with the largest magnitudes on ``texts``.

    Returns ``{"ffn_inner": [[GELU channel, ...] per layer], "ffn_input": [...]}``.
    """
    import torch

    layers = bert.encoder.layer
    peaks = {"ffn_inner": [torch.zeros(l.output.dense.in_features) for l in layers],
             "ffn_input": [torch.zeros(l.intermediate.dense.in_features) for l in layers]}

    def track(peak):
        def hook(module, inputs):  # returns None: the input goes on unchanged
            peak.copy_(torch.maximum(peak, inputs[0].detach().abs().amax(dim=(0, 1))))
        return hook

    hooks = [l.output.dense.register_forward_pre_hook(track(p)) for l, p in zip(layers, peaks["ffn_inner"])]
    hooks += [l.intermediate.dense.register_forward_pre_hook(track(p)) for l, p in zip(layers, peaks["ffn_input"])]
    try:
        with torch.no_grad():
            for text in texts:
                bert(**tokenizer(text, return_tensors="pt"))
    finally:
        for hook in hooks:
            hook.remove()
    return {kind: [sorted(p.topk(_SPILL[kind]).indices.tolist()) for p in layer_peaks]
            for kind, layer_peaks in peaks.items()}


def _pooled_encoder(bert, spill: dict):
    """A torch module: (input_ids, attention_mask) -> mean-pooled vectors, spill channels in side products."""
    import torch
    from torch import nn

    def linear(weight, bias=None):
        layer = nn.Linear(weight.shape[1], weight.shape[0], bias=bias is not None)
        layer.weight.data = weight.clone()
        if bias is not None:
            layer.bias.data = bias.clone()
        return layer

    class SpilledFeedForward(nn.Module):
        """``LayerNorm(a + down(gelu(up(a))))`` with the spill channels taken out of ``up``/``down``."""

        def __init__(self, layer, inner: list[int], inputs: list[int]):
            super().__init__()
            up, down = layer.intermediate.dense, layer.output.dense
            w_up, b_up, w_down = up.weight.data.clone(), up.bias.data.clone(), down.weight.data.clone()
            self.act, self.norm = layer.intermediate.intermediate_act_fn, layer.output.LayerNorm
            self.up_side, self.down_side = linear(w_up[inner], b_up[inner]), linear(w_down[:, inner])
            self.input_side = linear(w_up[:, inputs])
            self.register_buffer("inputs", torch.tensor(inputs, dtype=torch.long))
            self.register_buffer("keep", torch.ones(w_up.shape[1]).index_fill(0, self.inputs, 0.0))
            w_up[inner], b_up[inner], w_down[:, inner], w_up[:, self.inputs] = 0.0, 0.0, 0.0, 0.0
            self.up, self.down = linear(w_up, b_up), linear(w_down, down.bias.data)

        def forward(self, a):
            inner = self.up(a * self.keep) + self.input_side(a.index_select(-1, self.inputs))
            side = self.down_side(self.act(self.up_side(a)))
            return self.norm(a + self.down(self.act(inner)) + side)

    class PooledEncoder(nn.Module):
        def __init__(self):
            super().__init__()
            layers = bert.encoder.layer
            self.embeddings = bert.embeddings
            self.attention = nn.ModuleList(layer.attention for layer in layers)
            self.feed_forward = nn.ModuleList(
                SpilledFeedForward(layer, inner, inputs)
                for layer, inner, inputs in zip(layers, spill["ffn_inner"], spill["ffn_input"]))

        def forward(self, input_ids, attention_mask):
            mask = attention_mask.unsqueeze(-1).to(torch.float32)
            additive = (1.0 - mask.transpose(1, 2).unsqueeze(1)) * -10000.0  # (batch, 1, 1, seq)
            hidden = self.embeddings(input_ids=input_ids)
            for attention, feed_forward in zip(self.attention, self.feed_forward):
                hidden = feed_forward(attention(hidden, attention_mask=additive)[0])
            return (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)

    return PooledEncoder().eval()


def _export(encoder, path: Path) -> None:
    import torch

    ids = torch.tensor([[0, 5, 6, 7, 2], [0, 5, 6, 2, 1]])
    axes = {"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"},
            "embedding": {0: "batch"}}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the exporter's deprecation and tracer notes
        torch.onnx.export(encoder, (ids, (ids != 1).long()), str(path), dynamo=False,
                          input_names=["input_ids", "attention_mask"], output_names=["embedding"],
                          dynamic_axes=axes, opset_version=17)


def _quantize(fp32: Path, target: Path) -> None:
    import logging

    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    graph = onnx.load(str(fp32), load_external_data=False).graph
    side = [n.name for n in graph.node if n.op_type == "MatMul" and "_side/" in n.name]
    quiet = logging.getLogger().level
    logging.getLogger().setLevel(logging.ERROR)  # "consider pre-processing": not for dynamic mode
    try:
        quantize_dynamic(str(fp32), str(target), per_channel=True, reduce_range=True,
                         weight_type=QuantType.QInt8, nodes_to_exclude=side)
    finally:
        logging.getLogger().setLevel(quiet)
    os.chmod(target, 0o644)


class OnnxEmbedder:
    """Embeds passages with an ONNX folder from :func:`e5_small_onnx_path`.

    Texts get the folder's prompt (``passage: ``), are sorted by token count and run in
    batches of about ``BATCH_TOKENS`` padded tokens, so little work goes to padding.

    Args:
        model_dir: Folder with ``model.onnx``, ``tokenizer.json`` and ``onnx_config.json``.
        model_id: Id stored with embeddings and indexes (default: the folder's own).
        threads: ONNX Runtime threads (default: the cores this process may use).
        progress: Show a progress bar for long inputs (default: when stderr is a terminal).

    Example:
        >>> OnnxEmbedder(e5_small_onnx_path()).embed(["نص"]).shape
        (1, 384)
    """

    def __init__(self, model_dir: str | Path, *, model_id: str | None = None,
                 threads: int | None = None, progress: bool | None = None):
        folder = Path(model_dir)
        config = _read_config(folder)
        self.model_id = model_id or config["model_id"]
        self.dimension, self.prompt, self.pad_id = config["dimension"], config["prompt"], config["pad_token_id"]
        self.progress = sys.stderr.isatty() if progress is None else progress
        self._session = _load_session(folder / MODEL_FILE, threads or _usable_cores())
        self._tokenizer = _load_tokenizer(folder / TOKENIZER_FILE, config["max_length"])

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        token_ids = [e.ids for e in self._tokenizer.encode_batch([self.prompt + t for t in texts])]
        order = np.argsort([len(ids) for ids in token_ids], kind="stable")
        vectors = np.empty((len(texts), self.dimension), dtype=np.float32)
        for rows in self._progress(_batches([len(token_ids[i]) for i in order]), len(texts)):
            picked = order[rows]
            vectors[picked] = self._run([token_ids[i] for i in picked])
        return l2_normalised(vectors)

    def _run(self, token_ids: list[list[int]]) -> np.ndarray:
        width = max(len(ids) for ids in token_ids)
        input_ids = np.full((len(token_ids), width), self.pad_id, dtype=np.int64)
        mask = np.zeros((len(token_ids), width), dtype=np.int64)
        for row, ids in enumerate(token_ids):
            input_ids[row, :len(ids)], mask[row, :len(ids)] = ids, 1
        return self._session.run(None, {"input_ids": input_ids, "attention_mask": mask})[0]

    def _progress(self, batches: list[slice], total: int):
        if not (self.progress and total > PROGRESS_FROM):
            return batches
        from tqdm import tqdm

        return tqdm(batches, desc="embedding", unit=" batches")


def _batches(lengths: list[int]) -> list[slice]:
    """Consecutive slices of ascending ``lengths``, each under ``BATCH_TOKENS`` padded tokens."""
    batches, start = [], 0
    while start < len(lengths):
        end = start + 1
        while end < len(lengths) and end - start < MAX_BATCH and (end + 1 - start) * lengths[end] <= BATCH_TOKENS:
            end += 1
        batches.append(slice(start, end))
        start = end
    return batches


def _read_config(folder: Path) -> dict:
    _check_complete(folder)
    try:
        config = json.loads((folder / CONFIG_FILE).read_text(encoding="utf-8"))
        return {"model_id": str(config["model_id"]), "dimension": int(config["dimension"]),
                "prompt": str(config["prompt"]), "pad_token_id": int(config["pad_token_id"]),
                "max_length": int(config["max_length"])}
    except (OSError, ValueError, TypeError, KeyError) as exc:
        raise ModelError(f"unreadable {folder / CONFIG_FILE} ({exc!r}); delete the folder to rebuild it") from None


def _load_tokenizer(path: Path, max_length: int):
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.encode_special_tokens = True  # "<s>" in a text is text, as split_special_tokens says
    tokenizer.enable_truncation(max_length)
    tokenizer.no_padding()
    return tokenizer


def _load_session(path: Path, threads: int):
    try:
        import onnxruntime as ort
    except ImportError:
        raise ModelError(f"onnxruntime is not installed; run: {_ORT_HINT}") from None
    options = ort.SessionOptions()
    options.intra_op_num_threads, options.inter_op_num_threads = threads, 1
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.log_severity_level = 3  # warnings about unused initialisers are not the user's business
    try:
        return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    except Exception as exc:  # a truncated or foreign file
        raise ModelError(f"cannot load ONNX model {path}: {exc}; delete its folder to rebuild it") from None


def _usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
