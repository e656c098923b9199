"""I/O edges of the release commands: publish (a DVC stage) and rehydrate."""

from __future__ import annotations

from pathlib import Path

from dataset.io import read_frame, write_table
from dataset.params import section
from dataset.release.params import ReleaseParams
from dataset.release.publish import RELEASED_ARTICLES, publish_articles
from dataset.release.rehydrate import RehydrateReport, rehydrate


def run_publish(tables: Path, out: Path, params: dict) -> tuple[int, int]:
    """data/tables/articles.parquet → data/release/articles.parquet; (rows, withheld)."""
    release = section(params, "release", ReleaseParams)
    return publish_articles(
        Path(tables) / "articles.parquet", Path(out) / "articles.parquet", release
    )


def run_rehydrate(
    sources: list[Path],
    out: Path,
    params: dict,
    articles: Path | None = None,
    version: str | None = None,
    repo: str | None = None,
) -> RehydrateReport:
    """Restore text into a copy of released articles (a local file or a release version)."""
    if version is not None:
        from dataset.release.versions import load_version

        frame = load_version("articles", version, repo)
    else:
        frame = read_frame(Path(articles), "articles")
    restored, report = rehydrate(frame, sources, params)
    write_table(Path(out), RELEASED_ARTICLES, restored, {"stage": "rehydrate"})
    return report
