"""A save of the index that fails or is killed at each of its writes and renames leaves an
index that loads, matches its sidecar and holds either the previous data or the new."""
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import crosscheck.index as index_module
from crosscheck.errors import OutputError
from crosscheck.index import SentenceIndex

from test_robustness_index import make_index, same

ROOT = Path(__file__).resolve().parents[1]
STEPS = ("write_synced", "rename", "fsync", "rmtree")


def _instrument(monkeypatch, on_call):
    """Route every write, fsync, rename and removal of a save through ``on_call(step)``."""
    real = {"write_synced": index_module.write_synced, "rename": os.rename, "fsync": os.fsync,
            "rmtree": shutil.rmtree}

    def wrap(name):
        def step(*args, **kwargs):
            on_call(name)
            return real[name](*args, **kwargs)
        return step

    monkeypatch.setattr(index_module, "write_synced", wrap("write_synced"))
    monkeypatch.setattr(os, "rename", wrap("rename"))
    monkeypatch.setattr(os, "fsync", wrap("fsync"))
    monkeypatch.setattr(shutil, "rmtree", wrap("rmtree"))


def _steps_of_a_save(tmp_path, monkeypatch) -> list[str]:
    folder = tmp_path / "dry"
    make_index().save(folder)
    seen = []
    with monkeypatch.context() as patch:
        _instrument(patch, seen.append)
        make_index(n_articles=5, seed=1).save(folder)
    return seen


def test_a_save_failing_at_each_step_keeps_the_previous_index(tmp_path, monkeypatch):
    steps = _steps_of_a_save(tmp_path, monkeypatch)
    assert steps.count("rename") == 2 and steps.count("write_synced") == 5
    old, new = make_index(), make_index(n_articles=5, seed=1)
    for n in range(1, len(steps) + 1):
        folder = tmp_path / f"idx{n}"
        old.save(folder)
        calls = {"n": 0}

        def fail_at_n(step):
            calls["n"] += 1
            if calls["n"] == n:
                raise OSError(28, f"No space left on device (step {n}: {step})")

        with monkeypatch.context() as patch:
            _instrument(patch, fail_at_n)
            try:
                new.save(folder)
                failed = False
            except OutputError as error:
                assert "unchanged" in str(error) and str(folder) in str(error)
                failed = True
        loaded = SentenceIndex.load(folder, model_id="fake-model")  # checks the sidecar too
        assert same(loaded, old) if failed else same(loaded, new), f"step {n}: {steps[n - 1]}"
        leftovers = [p for p in os.listdir(tmp_path) if p.startswith(f".idx{n}.") and not p.endswith(".lock")]
        assert leftovers == [], f"step {n} left {leftovers}"


KILLED_SAVE = textwrap.dedent("""
    import os, shutil, signal, sys
    sys.path[:0] = [{root!r}, {root!r} + "/tests"]
    import crosscheck.index as index_module
    from test_robustness_index import make_index

    kill_at, calls = int(sys.argv[2]), [0]
    real = {{"write_synced": index_module.write_synced, "rename": os.rename, "fsync": os.fsync,
             "rmtree": shutil.rmtree}}

    def wrap(name):
        def step(*args, **kwargs):
            calls[0] += 1
            if calls[0] == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return real[name](*args, **kwargs)
        return step

    index_module.write_synced = wrap("write_synced")
    os.rename, os.fsync, shutil.rmtree = wrap("rename"), wrap("fsync"), wrap("rmtree")
    make_index(n_articles=5, seed=1).save(sys.argv[1])
""")


def test_a_save_killed_at_each_step_leaves_a_loadable_index(tmp_path, monkeypatch):
    steps = _steps_of_a_save(tmp_path, monkeypatch)
    old, new = make_index(), make_index(n_articles=5, seed=1)
    script = KILLED_SAVE.format(root=str(ROOT))
    survived = 0
    for n in range(1, len(steps) + 1):
        folder = tmp_path / f"killed{n}"
        old.save(folder)
        done = subprocess.run([sys.executable, "-c", script, str(folder), str(n)], cwd=ROOT,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]
        loaded = SentenceIndex.load(folder, model_id="fake-model")  # recovers, then verifies
        swapped = steps[: n - 1].count("rename") == 2  # the save got as far as its last rename
        assert same(loaded, new) if swapped else same(loaded, old), f"killed at step {n}: {steps[n - 1]}"
        survived += 1
    assert survived == len(steps) >= 12
    print(f"survived {survived} kills, one at each step of a save: {steps}")
