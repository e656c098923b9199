"""Citable, versioned releases: verification, metadata generation, loading by version.

Modules: `semver` (versions), `project` (sources of truth), `publish` (the released
articles table), `hashing` (file and content hashes), `datapackage`, `citation`, `docs`,
`changelog` (generated files), `gitrepo` and `dvcstate` (repository checks), `make` (the
`dataset release` command), `versions` (load/cite by version), `rehydrate`.
"""
