"""Releases end to end: a temporary git + DVC repository with a local remote, two
releases with different content, loading each by version, and a tampered file refused."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml
from release_helpers import record, write_corpus
from release_repo import (
    commit,
    create,
    dataset_cli,
    package_at,
    release,
    reproduce,
    run,
    set_version,
)

import dataset
from dataset.io import TableValidationError, read_frame
from dataset.release import changelog, citation
from dataset.release.datapackage import contract_changed
from dataset.release.make import GENERATED_FILES, table_stats
from dataset.release.publish import released_spec
from dataset.release.semver import Version, check_bump
from dataset.release.versions import ReleaseIntegrityError, ReleaseNotFoundError

pytestmark = pytest.mark.slow

V1_RECORDS = [record(1, "Kabul", "CC-BY-4.0"), record(2, "Herat", None)]
V2_RECORDS = [*V1_RECORDS, record(3, "Kandahar", "CC-BY-4.0")]


def expected_ids(records: list[dict]) -> list[str]:
    """Article ids as ingest derives them: the sha256 of each JSONL line's bytes."""
    lines = [json.dumps(r, sort_keys=True).encode() for r in records]
    return sorted(hashlib.sha256(line).hexdigest()[:16] for line in lines)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> SimpleNamespace:
    """A repository released twice: v0.1.0 (2 articles) and v0.2.0 (3 articles)."""
    base = tmp_path_factory.mktemp("release")
    root = create(base / "repo", base / "remote")
    run(root, "git", "tag", "v0.0.1")  # a tag without a datapackage.json: not a release
    reproduce(root, "Build v0.1.0 tables")
    first = release(root, "0.1.0")
    assert first.returncode == 0, first.stderr
    v1_entities = (root / "data/tables/entities.parquet").read_bytes()
    write_corpus(root / "data/raw", V2_RECORDS)
    set_version(root, "0.2.0")
    reproduce(root, "Add an article")
    second = release(root, "0.2.0")
    assert second.returncode == 0, second.stderr
    return SimpleNamespace(
        root=root, remote=base / "remote", base=base, v1_entities=v1_entities, output=second
    )


def clone(project: SimpleNamespace, name: str) -> Path:
    """A fresh clone: no DVC cache, so data can only come from the remote."""
    target = project.base / name
    run(project.base, "git", "clone", "-q", str(project.root), str(target))
    return target


def test_release_prints_the_publish_commands(project):
    out = project.output.stdout
    for command in ("dvc push", "dvc push --run-cache", "git push origin HEAD v0.2.0"):
        assert command in out


def test_versions_lists_only_tags_with_a_datapackage(project):
    assert dataset.versions(project.root) == ["v0.1.0", "v0.2.0"]


def test_each_version_loads_its_own_rows_from_a_fresh_clone(project):
    repo = clone(project, "reader")
    v1 = dataset.load("articles", version="v0.1.0", repo=repo)
    v2 = dataset.load("articles", version="0.2.0", repo=repo)
    assert sorted(v1["article_id"]) == expected_ids(V1_RECORDS)
    assert sorted(v2["article_id"]) == expected_ids(V2_RECORDS)
    claims = dataset.load("claims", version="v0.1.0", repo=repo)
    assert len(claims) == 2 and claims["quantities"].map(len).tolist() == [1, 1]
    assert str(v2["article_id"].dtype) == "string" and str(v2["published_at"].dtype).startswith(
        "datetime64"
    )


def test_released_articles_withhold_restricted_text_but_keep_hashes(project):
    articles = dataset.load("articles", version="v0.2.0", repo=project.root)
    restricted = articles[~articles["redistributable"]]
    assert len(restricted) == 1 and restricted["text"].isna().all()
    open_text = articles[articles["redistributable"]]
    assert open_text["text"].notna().all()
    assert (open_text["text"].map(lambda t: hashlib.sha256(t.encode()).hexdigest())).tolist() == (
        open_text["text_sha256"].tolist()
    )
    assert restricted["text_sha256"].str.fullmatch(r"[0-9a-f]{64}").all()


def test_withheld_text_is_restored_from_a_researchers_copy(project):
    articles = dataset.load("articles", version="v0.1.0", repo=project.root)
    restored, report = dataset.rehydrate(articles, [project.root / "data/raw"], params={})
    assert report.restored == 1 and report.still_withheld == 0 and not report.refused
    full = read_frame(project.root / "data/tables/articles.parquet", "articles")
    expected = full.set_index("article_id").loc[restored["article_id"], "text"].tolist()
    assert restored["text"].tolist() == expected


def test_load_reads_the_repository_from_the_environment(project, monkeypatch):
    monkeypatch.setenv("CONFLICT_NEWS_REPO", str(project.root))
    assert len(dataset.load("entities", version="v0.2.0")) == 3


def test_unknown_version_is_a_clear_error(project):
    with pytest.raises(ReleaseNotFoundError, match=r"v0\.9\.0"):
        dataset.load("claims", version="v0.9.0", repo=project.root)
    with pytest.raises(ReleaseNotFoundError):
        dataset.load("claims", version="v0.0.1", repo=project.root)


def test_a_tampered_remote_file_is_refused(project):
    """The v0.1.0 entities object on the remote is replaced by the v0.2.0 file: a valid
    table of the wrong release, exactly what a stale or poisoned cache serves."""
    expected = package_at(project.root, "v0.1.0")["resources"][1]
    assert expected["name"] == "entities"
    digest = expected["hash"].removeprefix("sha256:")
    assert hashlib.sha256(project.v1_entities).hexdigest() == digest
    stored = [
        path
        for path in (project.remote / "files").rglob("*")
        if path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == digest
    ]
    assert len(stored) == 1
    original = stored[0].read_bytes()
    stored[0].chmod(0o644)
    stored[0].write_bytes((project.root / "data/tables/entities.parquet").read_bytes())
    try:
        repo = clone(project, "tampered")
        with pytest.raises(ReleaseIntegrityError, match="sha256"):
            dataset.load("entities", version="v0.1.0", repo=repo)
    finally:
        stored[0].write_bytes(original)


def test_datapackage_describes_the_release(project):
    package = json.loads((project.root / "datapackage.json").read_text())
    assert package["version"] == "0.2.0"
    resources = {r["name"]: r for r in package["resources"]}
    assert list(resources) == ["articles", "entities", "locations", "claims"]
    assert {name: r["rows"] for name, r in resources.items()} == dict.fromkeys(resources, 3)
    for res in resources.values():
        data = (project.root / res["path"]).read_bytes()
        assert res["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        assert res["schema"]["fields"][0]["description"]
    assert resources["locations"]["schema"]["foreignKeys"] == [
        {"fields": ["article_id"], "reference": {"resource": "articles", "fields": ["article_id"]}},
        {"fields": ["mention_id"], "reference": {"resource": "entities", "fields": ["mention_id"]}},
    ]
    assert resources["claims"]["schema"]["primaryKey"] == ["claim_id"]
    assert resources["articles"]["withheld_text"] == 1
    assert package["metrics"] == {"quality.articles": 3, "quality.claims.f1": 0.8}


def test_datapackage_passes_frictionless_validation(project):
    """`frictionless validate datapackage.json` passes (types, constraints, keys, foreign
    keys checked against the data); a package whose constraint the data breaks fails."""
    cli = Path(sys.executable).with_name("frictionless")
    if not cli.exists():
        pytest.skip("frictionless is not installed")
    result = subprocess.run(
        [str(cli), "validate", "datapackage.json"],
        cwd=project.root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:]
    broken = json.loads((project.root / "datapackage.json").read_text())
    kind = next(f for f in broken["resources"][3]["schema"]["fields"] if f["name"] == "kind")
    kind["constraints"]["enum"] = ["direct_quote"]
    (project.root / "broken.datapackage.json").write_text(json.dumps(broken))
    try:
        bad = subprocess.run(
            [str(cli), "validate", "broken.datapackage.json"],
            cwd=project.root,
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        (project.root / "broken.datapackage.json").unlink()
    assert bad.returncode != 0 and "constraint" in bad.stdout


def cff_schema() -> dict:
    """The CFF 1.2.0 JSON schema shipped inside the cffconvert wheel (no download)."""
    spec = importlib.util.find_spec("cffconvert")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("cffconvert (for its CFF 1.2.0 schema) is not installed")
    path = Path(spec.submodule_search_locations[0]) / "schemas" / "1.2.0" / "schema.json"
    return json.loads(path.read_text())


def test_citation_cff_validates_against_cff_1_2_0(project):
    jsonschema = pytest.importorskip("jsonschema")
    schema = cff_schema()
    cff = yaml.safe_load((project.root / "CITATION.cff").read_text())
    jsonschema.Draft7Validator(schema).validate(cff)
    assert cff["type"] == "dataset" and cff["version"] == "0.2.0"
    assert cff["date-released"] == "2026-01-15" and cff["license"] == "CC-BY-4.0"
    invalid = {**cff, "type": "article"}
    assert not jsonschema.Draft7Validator(schema).is_valid(invalid)


def test_cite_renders_each_style_for_the_requested_version(project):
    bib = dataset.cite("v0.1.0", repo=project.root)
    assert bib.startswith("@misc{") and "version = {0.1.0}" in bib and "year = {2026}" in bib
    apa = dataset.cite(style="apa", repo=project.root)  # latest release
    assert "(Version 0.2.0) [Data set]." in apa and apa.startswith("Conflict News developers.")
    assert "version: 0.1.0" in dataset.cite("0.1.0", style="cff", repo=project.root)
    with pytest.raises(ValueError, match="style"):
        dataset.cite(style="mla", repo=project.root)


def test_changelog_reports_row_and_metric_differences(project):
    log = (project.root / "CHANGELOG.md").read_text()
    assert log.index("## [0.2.0]") < log.index("## [0.1.0]")
    entry = log[log.index("## [0.2.0]") : log.index("## [0.1.0]")]
    assert "Compared with 0.1.0." in entry
    assert "| `articles` | 3 | +1 |" in entry
    assert "| `quality.claims.f1` | 0.8 | +0.1 |" in entry


def test_generated_docs_come_from_the_schemas_and_metrics(project):
    dictionary = (project.root / "docs/data-dictionary.md").read_text()
    for name in ("articles", "entities", "locations", "claims"):
        for column in released_spec(name).columns:
            assert f"| `{column}` |" in dictionary
    sheet = (project.root / "docs/datasheet.md").read_text()
    for heading in ("Motivation", "Composition", "Collection", "Preprocessing", "Uses"):
        assert f"## {heading}" in sheet
    assert "## Distribution" in sheet and "## Maintenance" in sheet
    assert "| `quality.claims.f1` | 0.8 |" in sheet and "Of 3 articles, 1 have" in sheet


def test_release_refuses_until_every_precondition_holds(project):
    repo = clone(project, "refusals")
    for directory in ("data/tables", "data/release", ".dvc/cache"):
        shutil.copytree(project.root / directory, repo / directory, dirs_exist_ok=True)

    def refused(version: str, reason: str) -> None:
        result = dataset_cli(repo, "release", version)
        assert result.returncode == 2, result.stdout
        assert reason in result.stderr, result.stderr

    refused("0.2.0", "already released")
    refused("0.3.0", "pyproject.toml has version 0.2.0")
    set_version(repo, "0.3.0")
    refused("0.3.0", "work tree is not clean")
    commit(repo, "Bump")
    params = (repo / "params.yaml").read_text()
    (repo / "params.yaml").write_text(params.replace("withhold_text: true", "withhold_text: false"))
    commit(repo, "Publish every text")
    refused("0.3.0", "does not match dvc.lock")
    (repo / "params.yaml").write_text(params)
    commit(repo, "Withhold again")
    (repo / "data/tables/claims.parquet").chmod(0o644)
    (repo / "data/tables/claims.parquet").write_bytes(project.v1_entities)
    refused("0.3.0", "does not match dvc.lock")
    assert not (repo / "datapackage.json").read_text().count('"0.3.0"')


def test_load_without_version_reads_local_tables(project):
    local = dataset.load("claims", tables_dir=project.root / "data/tables")
    assert len(local) == 3


def test_an_invalid_table_is_refused(tmp_path, project):
    frame = pq.read_table(project.root / "data/tables/claims.parquet").to_pandas()
    frame.loc[0, "kind"] = "rumour"
    pq.write_table(pa.Table.from_pandas(frame), tmp_path / "claims.parquet")
    with pytest.raises(TableValidationError, match="kind"):
        table_stats(tmp_path / "claims.parquet", released_spec("claims"))


def test_content_hash_does_not_depend_on_the_parquet_writer(project, tmp_path):
    source = project.root / "data/tables/entities.parquet"
    rewritten = tmp_path / "entities.parquet"
    pq.write_table(pq.read_table(source), rewritten, compression="snappy", row_group_size=1)
    table = released_spec("entities")
    before, after = table_stats(source, table), table_stats(rewritten, table)
    assert before["sha256"] != after["sha256"]
    assert before["content_sha256"] == after["content_sha256"]
    changed = pq.read_table(source).to_pandas()
    changed.loc[0, "confidence"] = 0.5
    pq.write_table(pa.Table.from_pandas(changed), rewritten)
    assert table_stats(rewritten, table)["content_sha256"] != before["content_sha256"]


def test_semantic_versions_and_bumps():
    assert Version.parse("v1.2.3") == Version(1, 2, 3) and Version.parse("0.10.0").tag == "v0.10.0"
    assert Version.parse("0.10.0") > Version.parse("0.9.9")
    for bad in ("1.2", "01.2.3", "1.2.3-rc1", "latest"):
        with pytest.raises(ValueError):
            Version.parse(bad)
    check_bump(Version(0, 2, 0), Version(0, 1, 0), contract_changed=True)
    check_bump(Version(1, 0, 1), Version(1, 0, 0), contract_changed=False)
    with pytest.raises(ValueError, match="not newer"):
        check_bump(Version(0, 1, 0), Version(0, 1, 0), contract_changed=False)
    with pytest.raises(ValueError, match="major release"):
        check_bump(Version(1, 1, 0), Version(1, 0, 0), contract_changed=True)
    with pytest.raises(ValueError, match="minor release"):
        check_bump(Version(0, 1, 1), Version(0, 1, 0), contract_changed=True)


def test_contract_change_means_a_removed_or_retyped_column():
    def package(fields: dict[str, str]) -> dict:
        schema = {"fields": [{"name": n, "type": t} for n, t in fields.items()]}
        return {"resources": [{"name": "claims", "schema": schema}]}

    base = package({"claim_id": "string", "start": "integer"})
    assert not contract_changed(
        base, package({"claim_id": "string", "start": "integer", "x": "any"})
    )
    assert contract_changed(base, package({"claim_id": "string"}))
    assert contract_changed(base, package({"claim_id": "string", "start": "number"}))


def test_bibtex_and_apa_for_personal_authors():
    cff = {
        "title": "T",
        "version": "1.0.0",
        "date-released": "2025-03-01",
        "authors": [
            {"family-names": "Doe", "given-names": "Jane Q"},
            {"family-names": "Roe", "given-names": "Rick"},
        ],
        "doi": "10.5281/zenodo.1",
    }
    assert "author = {Doe, Jane Q and Roe, Rick}" in citation.bibtex(cff)
    assert citation.apa(cff) == (
        "Doe, J. Q., & Roe, R. (2025). T (Version 1.0.0) [Data set]. "
        "https://doi.org/10.5281/zenodo.1\n"
    )


def test_loaded_release_matches_the_content_hash_it_was_released_with(project):
    package = json.loads((project.root / "datapackage.json").read_text())
    for res in package["resources"]:
        frame = dataset.load(res["name"], version="v0.2.0", repo=project.root)
        released = read_frame(project.root / res["path"], res["name"])
        pd.testing.assert_frame_equal(frame, released)


def test_releasing_the_same_commit_again_writes_identical_files(project):
    """The generated files depend only on the commit's sources: no wall clock, no state."""
    repo = clone(project, "again")
    run(repo, "git", "checkout", "-q", "v0.2.0~1")
    run(repo, "git", "tag", "-d", "v0.2.0")
    for directory in ("data/tables", "data/release", ".dvc/cache"):
        shutil.copytree(project.root / directory, repo / directory, dirs_exist_ok=True)
    result = dataset_cli(repo, "release", "0.2.0")
    assert result.returncode == 0, result.stderr
    assert "git tag -a v0.2.0" in result.stdout
    for name in GENERATED_FILES:
        assert (repo / name).read_bytes() == (project.root / name).read_bytes(), name


def test_repro_pull_on_a_fresh_clone_fetches_instead_of_recomputing(project):
    """The run-cache pushed with the release lets `dvc repro --pull` fetch `publish`; only
    the stage whose full-text output is never pushed (`push: false`) runs again."""
    repo = clone(project, "reviewer")
    log = run(repo, sys.executable, "-m", "dvc", "repro", "--pull")
    assert "Running stage 'tables'" in log
    assert "Running stage 'publish'" not in log and "Pulling data for stage: 'publish'" in log
    assert "up to date" in run(repo, sys.executable, "-m", "dvc", "status")
    released = package_at(repo, "v0.2.0")["resources"][0]
    digest = hashlib.sha256((repo / released["path"]).read_bytes()).hexdigest()
    assert released["hash"] == f"sha256:{digest}"


def test_rehydrate_command_restores_a_release(project, tmp_path):
    out = tmp_path / "articles.parquet"
    result = dataset_cli(
        tmp_path,
        "rehydrate",
        str(project.root / "data/raw"),
        "--version",
        "v0.2.0",
        "--repo",
        str(project.root),
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert "restored 1 texts, 0 still withheld, 0 refused" in result.stdout
    full = read_frame(project.root / "data/tables/articles.parquet", "articles")
    pd.testing.assert_frame_equal(read_frame(out, "articles"), full)


def test_changelog_keeps_hand_written_notes_and_replaces_a_rerun_entry():
    first = changelog.insert("Notes from before releases.\n", "0.1.0", "## [0.1.0] — d\n\nA.\n")
    second = changelog.insert(first, "0.2.0", "## [0.2.0] — d\n\nB.\n")
    again = changelog.insert(second, "0.2.0", "## [0.2.0] — d\n\nB2.\n")
    assert again.startswith("# Changelog")
    assert again.index("B2.") < again.index("A.") < again.index("Notes from before releases.")
    assert "B.\n" not in again and again.count("## [0.2.0]") == 1
