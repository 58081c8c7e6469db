"""Train the shipped stance model (``make train-stance``): ANS stance pairs, fixed seed.

The frozen bottom of the e5-small cross-encoder runs once over every pair (both orders);
only the top layers and the head are trained, on the stored hidden states, so an epoch
costs a few layers' forward and backward passes. The configuration (``TrainConfig``) was
set before the one shipped run, not swept; only the agree offset is chosen, on ANS dev.
Test is scored once, by ``crosscheck eval ans``. Training sets torch's thread count and
deterministic-algorithms flag for the process.

Run ``python -m crosscheck.stance.train [EVALDATA]``; the same inputs, seed and thread
count give the same weights byte for byte (deterministic torch CPU kernels).
"""
from __future__ import annotations

import copy
import hashlib
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from torch import nn

from ._e5_cross import LABELS, StanceHead, encode_pairs, shifted, states_below

# Log-odds offsets for agree tried on dev (a prior shift: ANS train is 2:1 disagree:agree).
OFFSETS = tuple(round(step * 0.1, 1) for step in range(-15, 16))


@dataclass(frozen=True)
class TrainConfig:
    """Hyper-parameters of one training run (the shipped model's are the defaults)."""

    top_layers: int = 6
    epochs: int = 3
    batch_size: int = 16
    learning_rate: float = 5e-5
    head_learning_rate: float = 1e-3
    weight_decay: float = 0.01
    seed: int = 13
    threads: int = 2


def frozen_states(model, tokenizer, pairs: Sequence[tuple[str, str]], cut: int,
                  batch_size: int = 64) -> list[torch.Tensor]:
    """Hidden states entering layer ``cut`` for each pair, unpadded, in input order."""
    order = sorted(range(len(pairs)), key=lambda i: (len(pairs[i][0]) + len(pairs[i][1]), i))
    found: list[torch.Tensor | None] = [None] * len(pairs)
    for start in range(0, len(order), batch_size):
        rows = order[start: start + batch_size]
        batch = encode_pairs(tokenizer, [pairs[i] for i in rows])
        states = states_below(model, batch, cut)
        for row, i in enumerate(rows):
            found[i] = states[row, : int(batch["attention_mask"][row].sum())].clone()
    return found


def padded(states: Sequence[torch.Tensor]) -> tuple[torch.Tensor, torch.Tensor]:
    """A batch of variable-length states, zero-padded, and its mask."""
    length = max(s.shape[0] for s in states)
    batch = torch.zeros(len(states), length, states[0].shape[1])
    mask = torch.zeros(len(states), length, dtype=torch.long)
    for row, s in enumerate(states):
        batch[row, : s.shape[0]] = s
        mask[row, : s.shape[0]] = 1
    return batch, mask


def train_head(base_layers: nn.ModuleList, states: Sequence[torch.Tensor], labels: Sequence[int],
               config: TrainConfig, *, log=print) -> StanceHead:
    """Fine-tune copies of ``base_layers`` plus a new head on ``states`` (deterministic)."""
    torch.manual_seed(config.seed)
    torch.set_num_threads(config.threads)
    torch.use_deterministic_algorithms(True)
    head = StanceHead(copy.deepcopy(base_layers), base_layers[0].attention.self.query.in_features)
    optimiser = torch.optim.AdamW([
        {"params": head.layers.parameters(), "lr": config.learning_rate},
        {"params": head.classifier.parameters(), "lr": config.head_learning_rate},
    ], weight_decay=config.weight_decay)
    target = torch.tensor(list(labels))
    generator = torch.Generator().manual_seed(config.seed)
    steps = config.epochs * -(-len(states) // config.batch_size)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda step: max(0.0, 1 - step / steps))
    for epoch in range(config.epochs):
        head.train()
        started, total = time.perf_counter(), 0.0
        for rows in torch.randperm(len(states), generator=generator).split(config.batch_size):
            batch, mask = padded([states[i] for i in rows])
            loss = nn.functional.cross_entropy(head(batch, mask), target[rows])
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            total += loss.item() * len(rows)
        log(f"epoch {epoch + 1}: loss {total / len(states):.4f} ({time.perf_counter() - started:.0f} s)")
    return head.eval()


@torch.no_grad()
def predict(head: StanceHead, states: Sequence[torch.Tensor], batch_size: int = 64) -> np.ndarray:
    """Class probabilities (n, 3) of ``states``."""
    head.eval()
    out = []
    for start in range(0, len(states), batch_size):
        batch, mask = padded(states[start: start + batch_size])
        out.append(torch.softmax(head(batch, mask), -1))
    return torch.cat(out).numpy()


@dataclass(frozen=True)
class LabelledPairs:
    """Text pairs and their label indices into ``LABELS``."""

    pairs: list[tuple[str, str]]
    labels: list[int]

    def both_orders(self) -> LabelledPairs:
        """Each pair also read the other way round, with the same label."""
        return LabelledPairs(self.pairs + [(b, a) for a, b in self.pairs], self.labels * 2)


def ans_split(evaldata: Path, split: str) -> LabelledPairs:
    """An ANS stance split as labelled pairs."""
    from ..evaluate.ans import load_pairs

    pairs = load_pairs(Path(evaldata) / "ans", split)
    return LabelledPairs([(p.s1, p.s2) for p in pairs], [LABELS.index(p.stance) for p in pairs])


def arnli_contradictions(evaldata: Path, split: str = "train") -> LabelledPairs:
    """ArNLI pairs as stance data: contradiction -> disagree, entailment -> agree, neutral -> other."""
    import pandas as pd

    path = Path(evaldata) / "arabicnli_takelait" / "ArNLI" / f"{split}_nli.csv"
    frame = pd.read_csv(path, encoding="utf-8", dtype=str, keep_default_na=False)
    stance = {"1": "agree", "2": "disagree", "0": "other"}
    return LabelledPairs([(r.t.strip(), r.h.strip()) for r in frame.itertuples(index=False)],
                         [LABELS.index(stance[r.label.strip()]) for r in frame.itertuples(index=False)])


def data_hashes(evaldata: Path, files: Sequence[str]) -> dict[str, str]:
    """sha256 of each training file, relative to ``evaldata``."""
    return {name: hashlib.sha256((Path(evaldata) / name).read_bytes()).hexdigest() for name in files}


def scores_of(probabilities: np.ndarray, labels: Sequence[int]) -> dict:
    """Agree/disagree macro F1 (gold ``other`` left out) and 3-class macro F1."""
    from ..evaluate._scores import macro_f1, per_class_f1

    predicted = [LABELS[i] for i in probabilities.argmax(axis=1)]
    truth = [LABELS[i] for i in labels]
    kept = [(t, p) for t, p in zip(truth, predicted) if t != "other"]
    two = per_class_f1([t for t, _ in kept], [p for _, p in kept], LABELS[:2])
    return {"macro_f1": round(macro_f1(two), 4),
            "macro_f1_3class": round(macro_f1(per_class_f1(truth, predicted, LABELS)), 4)}


def agree_offset(probabilities: np.ndarray, labels: Sequence[int]) -> float:
    """The offset of ``OFFSETS`` with the best agree/disagree macro F1 (ties: nearest 0)."""
    return max(OFFSETS, key=lambda o: (scores_of(shifted(probabilities, o), labels)["macro_f1"], -abs(o)))


def averaged_orders(probabilities: np.ndarray) -> np.ndarray:
    """Mean of the probabilities of each pair read both ways (first half, second half)."""
    half = len(probabilities) // 2
    return (probabilities[:half] + probabilities[half:]) / 2


def training_data(evaldata: Path, extra: Sequence[str]) -> tuple[LabelledPairs, list[str]]:
    """ANS train (plus ``extra`` sets: ``arnli``) and the files they were read from."""
    data, files = ans_split(evaldata, "train"), ["ans/stance/train.csv"]
    if "arnli" in extra:
        more = arnli_contradictions(evaldata)
        data = LabelledPairs(data.pairs + more.pairs, data.labels + more.labels)
        files.append("arabicnli_takelait/ArNLI/train_nli.csv")
    return data, files


def build(evaldata: str | Path, out: str | Path, config: TrainConfig = TrainConfig(), *,
          extra: Sequence[str] = (), log=print) -> dict:
    """Train on ANS train, score on ANS dev, and write the model to ``out``.

    Returns:
        The ``stance.json`` sidecar written next to the weights.
    """
    from ..embed._e5_offline import E5_SMALL_ID
    from ._e5_cross import (
        CONFIG_FILE,
        FORMAT,
        WEIGHTS_FILE,
        bottom_of,
        load_base,
        load_head_weights,
        save_head_weights,
    )

    evaldata, out = Path(evaldata), Path(out)
    torch.set_num_threads(config.threads)
    model, tokenizer = load_base()
    cut = model.config.num_hidden_layers - config.top_layers
    top = copy.deepcopy(model.encoder.layer[cut:])
    bottom = bottom_of(model, cut)
    train, files = training_data(evaldata, extra)
    train = train.both_orders()
    dev = ans_split(evaldata, "dev").both_orders()
    started = time.perf_counter()
    train_states = frozen_states(bottom, tokenizer, train.pairs, cut)
    dev_states = frozen_states(bottom, tokenizer, dev.pairs, cut)
    log(f"frozen layers: {len(train.pairs) + len(dev.pairs)} pairs in {time.perf_counter() - started:.0f} s")
    head = train_head(top, train_states, train.labels, config, log=log)
    out.mkdir(parents=True, exist_ok=True)
    save_head_weights(head, out / WEIGHTS_FILE)
    load_head_weights(head, out / WEIGHTS_FILE)  # score what ships: the fp16 weights
    dev_probabilities = averaged_orders(predict(head, dev_states))
    dev_labels = dev.labels[: len(dev.labels) // 2]
    offset = agree_offset(dev_probabilities, dev_labels)
    dev_scores = scores_of(shifted(dev_probabilities, offset), dev_labels)
    sidecar = {
        "format": FORMAT, "model_id": f"crosscheck-stance-e5-top{config.top_layers}",
        "base_model": E5_SMALL_ID, "base_layers": model.config.num_hidden_layers, "cut": cut,
        "labels": list(LABELS), "input": "<s> a </s></s> b </s>, both orders averaged",
        "train": {**config.__dict__, "extra": list(extra), "pairs_both_orders": len(train.pairs)},
        "data": data_hashes(evaldata, files), "agree_offset": offset, "dev": dev_scores,
        "dev_without_offset": scores_of(dev_probabilities, dev_labels),
        "torch": torch.__version__, "seconds": round(time.perf_counter() - started),
    }
    (out / CONFIG_FILE).write_text(json.dumps(sidecar, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    log(f"dev: {dev_scores}")
    return sidecar


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m crosscheck.stance.train [EVALDATA] [--out DIR] [--extra arnli]``."""
    import argparse

    from . import SHIPPED

    parser = argparse.ArgumentParser(prog="python -m crosscheck.stance.train", description=__doc__)
    parser.add_argument("evaldata", nargs="?", default="../shared/evaldata", help="the evaldata folder")
    parser.add_argument("--out", default=str(SHIPPED), help="model folder (default: the shipped one)")
    parser.add_argument("--extra", action="append", default=[], choices=["arnli"], help="extra training data")
    parser.add_argument("--epochs", type=int, default=TrainConfig.epochs)
    parser.add_argument("--top-layers", type=int, default=TrainConfig.top_layers)
    args = parser.parse_args(argv)
    config = TrainConfig(top_layers=args.top_layers, epochs=args.epochs)
    build(args.evaldata, args.out, config, extra=args.extra, log=lambda line: print(line, flush=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
