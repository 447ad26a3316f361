"""`fogofwar train --gold FILE`: a sub-event-type classifier trained on the user's own ACLED export."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape

from fogofwar.cli import app, console, err, progress_bar


@app.command("train")
def train(
    gold: Annotated[Path, typer.Option("--gold", help="Your ACLED export (CSV; modern or older upper-case columns).")],
    out: Annotated[
        Optional[Path],
        typer.Option("--out", "-o", help="Where to save the model (default: ~/.local/share/fogofwar/models/typer)."),
    ] = None,
    split: Annotated[str, typer.Option("--split", help="Train on all notes, or only the even or odd ones (to score on the other half).")] = "all",
    epochs: Annotated[int, typer.Option("--epochs", min=1, max=100, help="Passes over the notes.")] = 6,
    seed: Annotated[int, typer.Option("--seed", help="Random seed (shuffling and initialisation).")] = 0,
) -> None:
    """Train the optional sub-event-type classifier on an ACLED export; it stays on this machine.

    Use it with `--model DIR` on ingest / evaluate, or FOGOFWAR_TYPER_MODEL=DIR. The rules still decide what is an event, its modality, actors, dates, places and fatalities."""
    from fogofwar.evaluate.acled import SPLITS
    from fogofwar.extract.trained import TrainingError, default_model_dir, train_typer

    if not gold.is_file():
        err.print(f"[red]error:[/] gold file not found: {escape(str(gold))}")
        raise typer.Exit(2)
    if split not in SPLITS:
        err.print(f"[red]error:[/] --split must be one of {', '.join(SPLITS)}")
        raise typer.Exit(2)
    target = out or default_model_dir()
    root = Path(__file__).resolve().parents[2]
    if (root / ".git").exists() and target.resolve().is_relative_to(root):
        # A model trained on ACLED data must never be committed with the project.
        err.print(f"[red]error:[/] {escape(str(target))} is inside the fogofwar checkout; save the model elsewhere")
        raise typer.Exit(2)
    with progress_bar(transient=True) as progress:
        task = progress.add_task("training", total=epochs, current="")

        def tick(epoch: int, loss: float) -> None:
            progress.update(task, completed=epoch, current=f"loss {loss:.2f}")

        try:
            result = train_typer(gold, target, split=split, epochs=epochs, seed=seed, on_epoch=tick)
        except TrainingError as exc:
            err.print(f"[red]error:[/] {escape(str(exc))}")
            raise typer.Exit(2)
    meta = result.meta
    summary = {"model_dir": str(result.model_dir), **{k: meta[k] for k in ("trained_on", "epochs", "train_seconds", "created")}}
    console.file.write(json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
    err.print(f"saved to {escape(str(result.model_dir))}; use it with --model {escape(str(result.model_dir))} "
              f"or FOGOFWAR_TYPER_MODEL={escape(str(result.model_dir))}")
