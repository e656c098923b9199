"""`datapackage.json`: a Frictionless Data Package describing the released tables.

Field types, descriptions and constraints come from the pandera models through the table
registry, so the package cannot disagree with the code that validated the data.
"""

from __future__ import annotations

import pandas as pd
import pyarrow

from dataset.release.hashing import CONTENT_HASH_METHOD
from dataset.release.project import Project
from dataset.tables import TableSpec

PARQUET_MEDIATYPE = "application/vnd.apache.parquet"
LICENSE_URLS = {
    "CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/",
    "CC-BY-SA-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
    "CC0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
    "ODC-BY-1.0": "https://opendatacommons.org/licenses/by/1-0/",
    "PDDL-1.0": "https://opendatacommons.org/licenses/pddl/1-0/",
    "MIT": "https://opensource.org/licenses/MIT",
}


def field_type(arrow_type: pyarrow.DataType) -> str:
    """The Table Schema type of a Parquet column."""
    if pyarrow.types.is_string(arrow_type) or pyarrow.types.is_large_string(arrow_type):
        return "string"
    if pyarrow.types.is_integer(arrow_type):
        return "integer"
    if pyarrow.types.is_floating(arrow_type):
        return "number"
    if pyarrow.types.is_boolean(arrow_type):
        return "boolean"
    if pyarrow.types.is_timestamp(arrow_type):
        return "datetime"
    if pyarrow.types.is_list(arrow_type) or pyarrow.types.is_struct(arrow_type):
        # Frictionless reads nested Parquet cells as arrays it cannot type-check, so nested
        # columns are `any`; `arrowType` states their exact structure.
        return "any"
    raise TypeError(f"no Table Schema type for {arrow_type}")


def _constraints(column, kind: str) -> dict:
    """pandera checks → Table Schema constraints (the ones the standard can express)."""
    out: dict = {}
    if not column.nullable:
        out["required"] = True
    if column.unique:
        out["unique"] = True
    dtype = column.dtype.type
    if isinstance(dtype, pd.CategoricalDtype):
        out["enum"] = [str(c) for c in dtype.categories]
    for check in column.checks:
        stats = check.statistics
        if check.name == "isin":
            out["enum"] = [str(v) for v in stats["allowed_values"]]
        elif check.name == "str_matches":
            out["pattern"] = stats["pattern"].removeprefix("^").removesuffix("$")
        elif check.name == "str_length" and stats.get("min_value") is not None:
            out["minLength"] = stats["min_value"]
        elif check.name == "greater_than_or_equal_to":
            out["minimum"] = stats["min_value"]
        elif check.name == "less_than_or_equal_to":
            out["maximum"] = stats["max_value"]
        elif check.name == "greater_than" and kind == "integer":
            out["minimum"] = stats["min_value"] + 1
    return out


def table_schema(table: TableSpec) -> dict:
    fields = []
    descriptions = table.column_descriptions()
    for arrow_field in table.arrow_schema:
        kind = field_type(arrow_field.type)
        entry = {
            "name": arrow_field.name,
            "type": kind,
            "description": descriptions[arrow_field.name],
            "arrowType": str(arrow_field.type),
        }
        column = table.schema.columns[arrow_field.name]
        constraints = _constraints(column, kind)
        if constraints:
            entry["constraints"] = constraints
        if column.nullable and kind in ("integer", "number"):
            # Parquet nulls reach frictionless as pandas NaN; read them as missing.
            entry["missingValues"] = ["", "nan"]
        fields.append(entry)
    schema: dict = {"fields": fields, "primaryKey": list(table.primary_key)}
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {"fields": [column], "reference": {"resource": ref_table, "fields": [ref_column]}}
            for column, ref_table, ref_column in table.foreign_keys
        ]
    return schema


def resource(table: TableSpec, path: str, stats: dict) -> dict:
    """One table's resource; `stats` holds sha256, bytes, rows, content_sha256 (+ extras).

    The size goes in `fileBytes`, not the standard `bytes`: frictionless reads Parquet
    through pyarrow without counting bytes, and would report every declared size as wrong.
    """
    entry = {
        "name": table.name,
        "path": path,
        "format": "parquet",
        "mediatype": PARQUET_MEDIATYPE,
        "description": table.description,
        "fileBytes": stats["bytes"],
        "hash": f"sha256:{stats['sha256']}",
        "rows": stats["rows"],
        "content_sha256": stats["content_sha256"],
        "sortKey": list(table.sort_key),
        "schema": table_schema(table),
    }
    if "withheld_text" in stats:
        entry["withheld_text"] = stats["withheld_text"]
    if "parts" in stats:
        # A sharded table is a directory of part files; `hash` and `fileBytes` cover
        # their bytes one after the other, in this order.
        entry["parts"] = stats["parts"]
    return entry


def datapackage(project: Project, version: str, date: str, resources: list[dict]) -> dict:
    from schemas import CONTRACT_VERSION

    license_id = project.params.license
    licence = {"name": license_id, "title": license_id}
    if license_id in LICENSE_URLS:
        licence["path"] = LICENSE_URLS[license_id]
    package = {
        "name": project.name,
        "title": project.title,
        "description": project.description,
        "version": version,
        "created": f"{date}T00:00:00Z",
        "licenses": [licence],
        "keywords": project.keywords,
        "contributors": [{"title": author["name"], "role": "author"} for author in project.authors],
        "contractVersion": CONTRACT_VERSION,
        "contentHashMethod": CONTENT_HASH_METHOD,
        "withholdText": project.params.withhold_text,
        "metrics": project.metrics,
        "resources": resources,
    }
    if project.repository:
        package["homepage"] = project.repository
        package["sources"] = [{"title": "Source repository", "path": project.repository}]
    return package


def contract_fields(package: dict) -> dict[str, dict[str, str]]:
    """table → column → type: what a later release must keep to avoid a major bump."""
    return {
        res["name"]: {f["name"]: f["type"] for f in res["schema"]["fields"]}
        for res in package.get("resources", [])
    }


def contract_changed(previous: dict, current: dict) -> bool:
    """True when a table or column was removed or retyped (new columns are compatible)."""
    before, after = contract_fields(previous), contract_fields(current)
    for table, columns in before.items():
        now = after.get(table)
        if now is None or any(now.get(name) != kind for name, kind in columns.items()):
            return True
    return False
