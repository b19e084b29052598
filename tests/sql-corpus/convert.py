#!/usr/bin/env python3
"""Converts public migration histories into the migrate file format.

Usage: convert.py OUT SUPABASE_AUTH CHIRPSTACK HYDRA [CRATES_IO HATCHET [KRATOS [AUTHELIA
TEMPORAL HARBOR [SUPABASE_STORAGE ATUIN [KETO [UMAMI DOCS_RS HOPPSCOTCH [TRIGGER_DEV [LANGFUSE OPENMETER [CIVITAI [HARNESS [NEON SVIX [CONCOURSE [MINIFLUX [RUSTC_PERF TRIAGEBOT GRAPHILE_WORKER CADENCE DITTOFEED [BITMAGNET FELDERA [HASURA_AUTH [BORS [ARROYO RAUTHY [OPENFGA
[QUICKWIT NAKAMA TENSORZERO SPICEDB LAKEKEEPER KONG [MEMOS [CONDUCTOR
[CAMUNDA DOLPHINSCHEDULER FLOWABLE RANGER GUACAMOLE [KESTRA MARQUEZ APICURIO THINGSBOARD RFCBOT [KINTO [PGMQ [UNLEASH_SQL]]]]]]]]]]]]]]]]]]]]]]]]]]], each a
git checkout (or bare repository) at the commit README.md names, or '-' to
leave that source's sets as they are. Each source revision
becomes one file whose down_revision is the one before it in the source's
own order; a source without a down file gets '-- migrate:down irreversible';
an empty source file gets a comment saying so (an up section may not be blank).
"""
import os, re, subprocess, sys, textwrap

def git_ls(repo, prefix):
    out = subprocess.run(["git", "-C", repo, "ls-tree", "-r", "--name-only", "HEAD", prefix],
                         capture_output=True, text=True, check=True).stdout
    return [l for l in out.splitlines() if l]

def git_show(repo, path):
    return subprocess.run(["git", "-C", repo, "show", f"HEAD:{path}"], capture_output=True,
                          check=True).stdout.decode("utf-8")

def body(text, what):
    text = text.replace("\r\n", "\n").lstrip("\ufeff")
    if not text.strip():
        return f"-- empty {what} in the source history\n"
    return text if text.endswith("\n") else text + "\n"

def write(out, revs, dialect, source):
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "migrate.toml"), "w") as f:
        f.write(f'dialect = "{dialect}"\n')
    prev = "none"
    for rev in revs:
        rid, slug, up, down = rev[:4]
        transactional = rev[4] if len(rev) > 4 else True
        slug = re.sub(r"[^A-Za-z0-9_]+", "_", slug).strip("_") or "x"
        lines = [f"-- revision: {rid}", f"-- down_revision: {prev}", f"-- message: {source} {slug}"]
        if not transactional:
            lines.append("-- transactional: false")
        lines += ["",
                 "-- migrate:up", body(up, "up")]
        if down is None:
            lines.append("-- migrate:down irreversible\n")
        else:
            lines += ["-- migrate:down", body(down, "down")]
        with open(os.path.join(out, f"{rid}_{slug}.sql"), "w") as f:
            f.write("\n".join(lines))
        prev = rid
    print(out, len(revs))

def supabase(repo, out):
    revs = []
    for p in sorted(git_ls(repo, "migrations/")):
        m = re.match(r"migrations/(\d+)_(.*)\.up\.sql$", p)
        if not m: continue
        up = re.sub(r'\{\{\s*index \.Options "Namespace"\s*\}\}', "auth", git_show(repo, p))
        revs.append((f"v{m.group(1)}", m.group(2), up, None))
    write(out, revs, "postgres", "supabase/auth")

def chirpstack(repo, out, sub, dialect):
    dirs = {}
    for p in git_ls(repo, f"chirpstack/{sub}/"):
        m = re.match(rf"chirpstack/{sub}/([^/]+)/(up|down)\.sql$", p)
        if m: dirs.setdefault(m.group(1), {})[m.group(2)] = git_show(repo, p)
    revs = []
    for d in sorted(dirs):
        ver, _, slug = d.partition("_")
        for version, name, old, new in fixes:
            if version == ver:
                assert old in dirs[d][name], (d, name)
                dirs[d][name] = dirs[d][name].replace(old, new)
        revs.append(("v" + ver.replace("-", ""), slug, dirs[d].get("up", ""), dirs[d].get("down")))
    write(out, revs, dialect, "chirpstack/chirpstack")

def popx(repo, out, prefix, dialect, names, source="ory/hydra", first=()):
    files = {}
    prefixes = prefix if isinstance(prefix, list) else [prefix]
    for p in [p for pre in prefixes for p in git_ls(repo, pre)]:
        # pop's names: VERSION_NAME[.DIALECT][.autocommit].(up|down).sql
        m = re.match(r".*/(\d+)_([^.]+)\.(?:([a-z0-9]+)\.)??(autocommit\.)?(up|down)\.sql$", p)
        if m: files.setdefault((m.group(1), m.group(2)), {})[(m.group(3), m.group(5))] = (p, bool(m.group(4)))
    revs = []
    for (ver, slug), fs in sorted(files.items()):
        def pick(direction):
            for d in names + [None]:
                if (d, direction) in fs: return fs[(d, direction)]
            return None
        up = pick("up")
        if up is None: continue
        down = pick("down") if any(k[1] == "down" for k in fs) else None
        revs.append((f"v{ver}", slug, git_show(repo, up[0]),
                     git_show(repo, down[0]) if down else None, not up[1]))
    write(out, list(first) + revs, dialect, source)

# Diesel would run this revision's down in a transaction, where its CREATE
# INDEX CONCURRENTLY fails; the set marks it non-transactional instead.
CRATES_IO_NON_TRANSACTIONAL = {"2024-04-12-144536"}

# Source SQL that PostgreSQL itself rejects, fixed: (version, file, old, new).
CRATES_IO_FIXES = [
    # A down whose first statement lacks its ';'.
    ("20170318181441", "down.sql", "DROP CONSTRAINT crate_downloads_pkey\n", "DROP CONSTRAINT crate_downloads_pkey;\n"),
    # A down that drops as a constraint what its up made an index.
    ("20241025112826", "down.sql", "alter table versions\n    drop constraint versions_crate_id_num_no_build_uindex;",
     "drop index versions_crate_id_num_no_build_uindex;"),
]

def crates_io(repo, out):
    """Diesel: one folder per revision, ordered by its version with the dashes
    removed (the order the revisions were written in); a metadata.toml with
    run_in_transaction = false makes the revision non-transactional."""
    dirs = {}
    for p in git_ls(repo, "migrations/"):
        m = re.match(r"migrations/([^/]+)/(up\.sql|down\.sql|metadata\.toml)$", p)
        if m: dirs.setdefault(m.group(1), {})[m.group(2)] = git_show(repo, p)
    revs = []
    for d in sorted(dirs, key=lambda d: d.partition("_")[0].replace("-", "")):
        ver, _, slug = d.partition("_")
        fs = dirs[d]
        for version, name, old, new in CRATES_IO_FIXES:
            if version == ver.replace("-", ""):
                assert old in fs[name], (d, name)
                fs[name] = fs[name].replace(old, new)
        transactional = not re.search(r"run_in_transaction\s*=\s*false", fs.get("metadata.toml", "")) \
            and ver not in CRATES_IO_NON_TRANSACTIONAL
        revs.append(("v" + ver.replace("-", ""), slug, fs.get("up.sql", ""), fs.get("down.sql"), transactional))
    write(out, revs, "postgres", "rust-lang/crates.io")

# hatchet's first revision written in Go; the set stops before it.
HATCHET_FIRST_GO = "20251226153622"

def hatchet(repo, out):
    """goose: one file per revision, '-- +goose Up' and '-- +goose Down'
    sections, '-- +goose NO TRANSACTION' for a non-transactional one."""
    revs = []
    for p in sorted(git_ls(repo, "cmd/hatchet-migrate/migrate/migrations/")):
        m = re.match(r".*/(\d+)_(.*)\.(sql|go)$", p)
        if not m: continue
        if m.group(1) >= HATCHET_FIRST_GO: break
        assert m.group(3) == "sql", p
        revs.append((f"v{m.group(1)}", m.group(2)) + goose_sections(git_show(repo, p)))
    write(out, revs, "postgres", "hatchet-dev/hatchet")

def goose_sections(text):
    """A goose file's (up, down, transactional): its '-- +goose Up' and
    '-- +goose Down' sections, '-- +goose NO TRANSACTION' for a
    non-transactional one."""
    parts = re.split(r"(?im)^--\s*\+goose\s+(up|down)\b.*\n?", text)
    sections = {parts[i].lower(): parts[i + 1] for i in range(1, len(parts) - 1, 2)}
    transactional = not re.search(r"(?im)^--\s*\+goose\s+no\s+transaction", text)
    return sections.get("up", ""), sections.get("down"), transactional

def goose(repo, out, folder, source):
    """goose SQL files FOLDER/NNNNN_name.sql in version order."""
    revs = []
    for p in sorted(git_ls(repo, folder)):
        m = re.match(r".*/(\d+)_(.*)\.sql$", p)
        if m: revs.append((f"v{m.group(1)}", m.group(2)) + goose_sections(git_show(repo, p)))
    write(out, revs, "postgres", source)

def refinery(repo, out, folder, source):
    """refinery's FOLDER/V{n}__name.sql in number order (ups only)."""
    files = {}
    for p in git_ls(repo, folder):
        m = re.match(r".*/V(\d+)__(.*)\.sql$", p)
        if m: files[int(m.group(1))] = (m.group(2), p)
    revs = [(f"v{n:03}", name, git_show(repo, p), None) for n, (name, p) in sorted(files.items())]
    write(out, revs, "postgres", source)

def authelia(repo, out, dialect, folder):
    """Authelia: V0001.Name.{up,down}.sql per dialect folder."""
    files = {}
    for p in git_ls(repo, f"internal/storage/migrations/{folder}/"):
        m = re.match(r".*/V(\d+)\.([^.]+)\.(up|down)\.sql$", p)
        if m: files.setdefault((m.group(1), m.group(2)), {})[m.group(3)] = git_show(repo, p)
    # Authelia registers BIN2B64/B642BIN with its SQLite driver; they only
    # convert the rows of a copied table, so the set passes the value as is.
    def plain(text):
        return text and re.sub(r"\b(?:BIN2B64|B642BIN)\(([^()]*)\)", r"\1", text)
    revs = [(f"v{ver}", slug, plain(fs.get("up", "")), plain(fs.get("down")))
            for (ver, slug), fs in sorted(files.items())]
    write(out, revs, dialect, "authelia/authelia")

def temporal(repo, out, dialect, folder, source="temporalio/temporal"):
    """Temporal's schema tool: one folder per version (vMAJOR.MINOR), whose
    manifest.json lists the files applied in order; there are no downs."""
    import json
    versions = {}
    for p in git_ls(repo, f"schema/{folder}/versioned/"):
        m = re.match(r".*/versioned/v(\d+)\.(\d+)/manifest\.json$", p)
        if m: versions[(int(m.group(1)), int(m.group(2)))] = p
    revs = []
    for (major, minor), p in sorted(versions.items()):
        manifest = json.loads(git_show(repo, p))
        base = p.rsplit("/", 1)[0]
        up = "".join(body(git_show(repo, f"{base}/{f}"), "up") for f in manifest["SchemaUpdateCqlFiles"])
        slug = "_".join(f.rsplit(".", 1)[0] for f in manifest["SchemaUpdateCqlFiles"])
        # The tool runs each statement on its own: CONCURRENTLY needs that.
        transactional = not re.search(r"(?i)\bconcurrently\b", up)
        revs.append((f"v{major:03}{minor:03}", slug, up, None, transactional))
    write(out, revs, dialect, source)

def harbor(repo, out):
    """golang-migrate, ups only."""
    revs = []
    for p in sorted(git_ls(repo, "make/migrations/postgresql/")):
        m = re.match(r".*/(\d+)_(.*)\.up\.sql$", p)
        if m: revs.append((f"v{m.group(1)}", m.group(2), git_show(repo, p), None))
    write(out, revs, "postgres", "goharbor/harbor")

def mariadb_fixes(out, fixes):
    """MySQL 8 SQL that MariaDB refuses, rewritten in the written files:
    (file name prefix, pattern, replacement), each expected to match."""
    for prefix, pattern, replacement in fixes:
        names = [n for n in os.listdir(out) if n.startswith(prefix)]
        assert len(names) == 1, (prefix, names)
        path = os.path.join(out, names[0])
        text = open(path).read()
        fixed, n = re.subn(pattern, replacement, text)
        assert n, (prefix, pattern)
        open(path, "w").write(fixed)

# MariaDB has no CAST(... AS JSON) (its JSON is LONGTEXT): the text itself.
HYDRA_MARIADB = [(f"v20220513000001{n}_", r"(?i)cast\(\s*(concat\(.*\))\s+as json\)", r"\1")
                 for n in ("000001", "000007")]

def hydra_mysql(repo, out):
    """hydra's pop files for MySQL: the '.mysql.' file where there is one,
    else the generic one."""
    popx(repo, out, "persistence/sql/migrations/", "mysql", ["mysql"])
    mariadb_fixes(out, HYDRA_MARIADB)

def atuin_sqlite(repo, out):
    """sqlx, ups only: one '<version>_<name>.sql' per revision, per crate
    (each crate's set is a database of its own)."""
    for folder, name in [("crates/atuin-client/migrations/", "atuin-client"),
                         ("crates/atuin-server-sqlite/migrations/", "atuin-server")]:
        revs = []
        for p in sorted(git_ls(repo, folder)):
            m = re.match(r".*/(\d+)_(.*)\.sql$", p)
            if m: revs.append((f"v{m.group(1)}", m.group(2), git_show(repo, p), None))
        write(f"{out}/{name}", revs, "sqlite", "atuinsh/atuin")

# keto's revisions reference the `networks` table that ory's shared library
# makes before them (hydra's set has it as its first revision); the set
# makes it first, with the columns keto's revisions need.
KETO_NETWORKS = "CREATE TABLE networks (\n  id {id} NOT NULL PRIMARY KEY,\n" \
    "  created_at DATETIME NOT NULL,\n  updated_at DATETIME NOT NULL\n);\n"

# pop numbers the parts of one migration as revisions whose downs undo other
# parts, so the build-time chain check (each up, its down, its up again)
# does not hold: no dialect is declared (as for kratos), the set is applied.
POP_TOML = """# No dialect: pop numbers the parts of one migration as revisions whose
# downs undo other parts, so the build-time chain check (each up, its
# down, its up again) does not hold for this history; it is applied only.
"""

# MySQL 8 names a column's CHECK `<table>_chk_<n>`; MariaDB keeps it with the
# column, where only redefining the column drops it.
KETO_MARIADB = [("v20220513200400000001_",
                 r"ALTER TABLE keto_uuid_mappings DROP CONSTRAINT keto_uuid_mappings_chk_1;",
                 "ALTER TABLE keto_uuid_mappings MODIFY string_representation TEXT NOT NULL;")]

def keto_sqlite_mysql(repo, out):
    """ory/keto's pop files (as hydra's), SQLite and MySQL, after the
    `networks` table."""
    prefix = "internal/persistence/sql/migrations/sql/"
    def networks(id_type):
        return [("v00000000000000000000", "networks", KETO_NETWORKS.format(id=id_type),
                 "DROP TABLE networks;\n")]
    popx(repo, f"{out}/sqlite-extra/keto", prefix, "sqlite", ["sqlite3", "sqlite"], "ory/keto",
         networks("TEXT"))
    with open(f"{out}/sqlite-extra/keto/migrate.toml", "w") as f:
        f.write(POP_TOML)
    popx(repo, f"{out}/mysql/keto", prefix, "mysql", ["mysql"], "ory/keto", networks("CHAR(36)"))
    mariadb_fixes(f"{out}/mysql/keto", KETO_MARIADB)


STORAGE_SEARCH_PATH = "SET search_path TO storage, public;\n"

def supabase_storage(repo, out):
    """supabase/storage's tenant migrations: NNNN-name.sql, ordered by the
    number (0010 is spelt 00010), ups only; a file marked
    '-- postgres-migrations disable-transaction' is non-transactional. The
    project's runner connects as a user whose search_path is 'storage'
    (0002 sets it), and later revisions name their tables unqualified:
    each revision starts by setting it ('public' after it, where this
    crate's bookkeeping table is)."""
    revs = []
    for p in git_ls(repo, "migrations/tenant/"):
        m = re.match(r".*/(\d+)-(.*)\.sql$", p)
        if not m: continue
        text = git_show(repo, p)
        transactional = "postgres-migrations disable-transaction" not in text
        up = STORAGE_SEARCH_PATH + text
        revs.append((int(m.group(1)), f"v{int(m.group(1)):04}", m.group(2), up, None, transactional))
    write(out, [r[1:] for r in sorted(revs)], "postgres", "supabase/storage")

def atuin(repo, out):
    """atuinsh/atuin's server: sqlx, one VERSION_name.sql per revision, ups only."""
    revs = []
    for p in sorted(git_ls(repo, "crates/atuin-server-postgres/migrations/")):
        m = re.match(r".*/(\d+)_(.*)\.sql$", p)
        if m: revs.append((f"v{m.group(1)}", m.group(2), git_show(repo, p), None))
    write(out, revs, "postgres", "atuinsh/atuin")

def own_transaction_as_comments(text):
    """A file's own BEGIN; and COMMIT; lines as comments: the migrator
    begins and commits each revision itself."""
    return re.sub(r"(?im)^([ \t]*)(BEGIN|COMMIT)\s*;[ \t]*$", r"\1-- \2; (the revision's own transaction)", text)

def prisma(repo, out, folder, source, last=None, outside=r"\bindex\s+concurrently\b"):
    """A Prisma history: one FOLDER/<name>/migration.sql per revision, in
    name order (a timestamp or a number first), ups only; up to `last`. A
    file's own BEGIN; and COMMIT; lines become comments; a file with
    CONCURRENTLY (or what `outside` matches) is non-transactional (Prisma
    sends the file as it is, and PostgreSQL runs a lone statement outside a
    transaction)."""
    revs = []
    for p in sorted(git_ls(repo, folder)):
        m = re.match(r".*/(\d+)_([^/]*)/migration\.sql$", p)
        if not m or last is not None and m.group(1) > last: continue
        text = git_show(repo, p)
        # Prisma runs a file as it is, and wraps an enum made again in
        # BEGIN/COMMIT of its own: the migrator's transaction does that.
        text = own_transaction_as_comments(text)
        transactional = not re.search(f"(?i){outside}", text)
        rid = f"v{m.group(1)}"
        # Two folders may share a timestamp: the later in name order gets a letter.
        while any(r[0] == rid for r in revs):
            rid += "b"
        revs.append((rid, m.group(2), text, None, transactional))
    write(out, revs, "postgres", source)

def umami_postgres(repo, out):
    """umami-software/umami: Prisma, prisma/migrations/NN_name/."""
    prisma(repo, out, "prisma/migrations/", "umami-software/umami")

def hoppscotch_postgres(repo, out):
    """hoppscotch/hoppscotch's backend: Prisma, timestamped folders."""
    prisma(repo, out, "packages/hoppscotch-backend/prisma/migrations/", "hoppscotch/hoppscotch")

def docs_rs_postgres(repo, out):
    """rust-lang/docs.rs: sqlx, VERSION_name.{up,down}.sql."""
    ups, downs = {}, {}
    for p in git_ls(repo, "crates/lib/docs_rs_database/migrations/"):
        m = re.match(r".*/(\d+)_(.*)\.(up|down)\.sql$", p)
        if not m: continue
        (ups if m.group(3) == "up" else downs)[m.group(1)] = (m.group(2), git_show(repo, p))
    revs = [(f"v{v}", ups[v][0], ups[v][1], downs[v][1] if v in downs else None)
            for v in sorted(ups)]
    write(out, revs, "postgres", "rust-lang/docs.rs")

TRIGGER_DEV_LAST = "20230312132000"

def trigger_dev_postgres(repo, out):
    """triggerdotdev/trigger.dev's database: Prisma, the first 141
    revisions (up to TRIGGER_DEV_LAST, the seventh enum made again to lose
    a value), a contiguous start of its 820 that a walk takes in minutes."""
    prisma(repo, out, "internal-packages/database/prisma/migrations/", "triggerdotdev/trigger.dev",
           last=TRIGGER_DEV_LAST)

# The first 150 of langfuse's 434 revisions and 120 of openmeter's 269:
# contiguous starts whose walks take a few minutes each.
LANGFUSE_LAST = None
OPENMETER_LAST = None

def langfuse_postgres(repo, out):
    """langfuse/langfuse's shared package (MIT outside ee/): Prisma,
    timestamped folders, up to LANGFUSE_LAST."""
    prisma(repo, out, "packages/shared/prisma/migrations/", "langfuse/langfuse", last=LANGFUSE_LAST)

def openmeter_postgres(repo, out):
    """openmeterio/openmeter: Atlas-generated golang-migrate files,
    VERSION_name.{up,down}.sql, up to OPENMETER_LAST."""
    ups, downs = {}, {}
    for p in git_ls(repo, "tools/migrate/migrations/"):
        m = re.match(r".*/(\d+)_(.*)\.(up|down)\.sql$", p)
        if not m: continue
        (ups if m.group(3) == "up" else downs)[m.group(1)] = \
            (m.group(2), own_transaction_as_comments(git_show(repo, p)))
    revs = [(f"v{v}", ups[v][0], ups[v][1], downs[v][1] if v in downs else None)
            for v in sorted(ups) if OPENMETER_LAST is None or v <= OPENMETER_LAST]
    write(out, revs, "postgres", "openmeterio/openmeter")

# civitai's 20251117182613 names a column no revision makes (and 20251123142214
# lacks a comma PostgreSQL needs): the set stops before them.
CIVITAI_LAST = "20251113214404"

# A revision that ends its own transaction with END; (after a BEGIN; that
# the Prisma conversion comments): (version, old, new).
CIVITAI_FIXES = [("20241024204631", "\nEND;\n", "\n-- END; (the revision's own transaction)\n")]

def civitai_postgres(repo, out):
    """civitai/civitai's database package: Prisma, timestamped folders, up
    to CIVITAI_LAST."""
    # Its files add an enum value and use it at once, as statements that
    # each commit: such a file is non-transactional.
    prisma(repo, out, "packages/civitai-db-schema/prisma/migrations/", "civitai/civitai",
           last=CIVITAI_LAST, outside=r"\bindex\s+concurrently\b|\badd\s+value\b")
    for version, old, new in CIVITAI_FIXES:
        [name] = [n for n in os.listdir(out) if n.startswith(f"v{version}_")]
        text = open(os.path.join(out, name)).read()
        assert old in text, (name, old)
        open(os.path.join(out, name), "w").write(text.replace(old, new))

# Downs PostgreSQL refuses: (stem, file, old, new). 0029's is MySQL's syntax.
HARNESS_FIXES = [("0029_create_index_job_job_group_id", "down",
                  "DROP INDEX job_group_id ON jobs;", "DROP INDEX job_group_id;")]

def harness_postgres(repo, out):
    """harness/harness: maragudk/migrate, NNNN_name.{up,down}.sql run in
    name order (several share a number: the id takes a letter after it);
    four are named *_up.sql / *_down.sql, which the tool runs too (a later
    revision needs what they make)."""
    ups, downs = {}, {}
    for p in git_ls(repo, "app/store/database/migrate/postgres/"):
        m = re.match(r".*/((\d+)(?:_(.*?))?)[._](up|down)\.sql$", p)
        if not m: continue
        (ups if m.group(4) == "up" else downs)[m.group(1)] = (m.group(2), m.group(3) or "", git_show(repo, p))
    for stem, which, old, new in HARNESS_FIXES:
        files = ups if which == "up" else downs
        num, slug, text = files[stem]
        assert old in text, (stem, which)
        files[stem] = (num, slug, text.replace(old, new))
    revs, seen = [], {}
    for stem in sorted(ups):
        num, slug, up = ups[stem]
        n = seen[num] = seen.get(num, -1) + 1
        rid = f"v{num}" + ("" if n == 0 and not any(s != stem and ups[s][0] == num for s in ups) else "abcdefghijklmnopqrstuvwxyz"[n])
        revs.append((rid, slug or num, up, downs[stem][2] if stem in downs else None))
    write(out, revs, "postgres", "harness/harness")

# neon's storage controller: a down PostgreSQL refuses (the second column of
# a DROP lacks its DROP): (version, file, old, new).
NEON_FIXES = [("2025-06-17-082247", "down", "DROP listen_grpc_addr, listen_grpc_port;",
               "DROP listen_grpc_addr, DROP listen_grpc_port;")]

def diesel(repo, out, prefix, source, fixes=()):
    """Diesel folders VERSION_name/{up,down}.sql under prefix, in version
    order (dashes removed), with fixes applied."""
    dirs = {}
    for p in git_ls(repo, prefix):
        m = re.match(re.escape(prefix) + r"([^/]+)/(up|down)\.sql$", p)
        if m: dirs.setdefault(m.group(1), {})[m.group(2)] = git_show(repo, p)
    revs = []
    for d in sorted(dirs, key=lambda d: d.partition("_")[0].replace("-", "")):
        ver, _, slug = d.partition("_")
        for version, name, old, new in fixes:
            if version == ver:
                assert old in dirs[d][name], (d, name)
                dirs[d][name] = dirs[d][name].replace(old, new)
        revs.append(("v" + ver.replace("-", ""), slug, dirs[d].get("up", ""), dirs[d].get("down")))
    write(out, revs, "postgres", source)

# hasura-auth's up closes its own transaction with END; (COMMIT's synonym).
HASURA_AUTH_FIXES = [("00013", "up", "\nEND;\n", "\n-- END; (the revision's own transaction)\n")]

def sqlx_reversible(repo, out, prefix, source, own_transaction=False, fixes=()):
    """sqlx's reversible files VERSION_name.{up,down}.sql under prefix (as
    golang-migrate names them too); `own_transaction`: a file's own BEGIN;
    and COMMIT; lines as comments; fixes: (version, up|down, old, new)."""
    ups, downs = {}, {}
    for p in git_ls(repo, prefix):
        m = re.match(re.escape(prefix) + r"(\d+)_(.*)\.(up|down)\.sql$", p)
        if not m: continue
        text = git_show(repo, p)
        text = own_transaction_as_comments(text) if own_transaction else text
        for version, direction, old, new in fixes:
            if (version, direction) == (m.group(1), m.group(3)):
                assert old in text, p
                text = text.replace(old, new)
        (ups if m.group(3) == "up" else downs)[m.group(1)] = (m.group(2), text)
    revs = [(f"v{v}", ups[v][0], ups[v][1], downs[v][1] if v in downs else None) for v in sorted(ups)]
    write(out, revs, "postgres", source)

def go_exec_ddl(go):
    """The DDL a Go migration runs (its tx.Exec calls' literal SQL starting
    ALTER, CREATE or DROP, in order); the rest changes rows only."""
    out = []
    for m in re.finditer(r'\.Exec\(\s*(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`)', go):
        sql = (m.group(1) if m.group(1) is not None else m.group(2)).strip()
        if re.match(r"(?i)(alter|create|drop)\b", sql):
            out.append(re.sub(r"\n\t+", "\n  ", sql).rstrip(";") + ";")
    return "\n".join(out) + "\n" if out else "-- the Go migration changes rows only\n"

def concourse(repo, out):
    """concourse/concourse's ATC: VERSION_name.{up,down}.{sql,go}; a Go
    migration becomes the DDL it runs (go_exec_ddl)."""
    ups, downs = {}, {}
    for p in git_ls(repo, "atc/db/migration/migrations/"):
        m = re.match(r".*/(\d+)_(.*)\.(up|down)\.(sql|go)$", p)
        if not m: continue
        text = git_show(repo, p)
        text = go_exec_ddl(text) if m.group(4) == "go" else text
        (ups if m.group(3) == "up" else downs)[m.group(1)] = (m.group(2), text)
    revs = [(f"v{v}", ups[v][0], ups[v][1], downs[v][1] if v in downs else None) for v in sorted(ups)]
    write(out, revs, "postgres", "concourse/concourse")

def miniflux(repo, out):
    """miniflux/v2: its migrations are a Go slice of functions, each one
    revision (ups only), written as the SQL literals it runs in order:
    those assigned to `sql` or passed to `Exec`, not the queries it reads
    rows with (SELECT, DECLARE, FETCH, CLOSE) nor statements taking
    parameters (the rows of a loop)."""
    go = git_show(repo, "internal/database/migrations.go")
    body_ = go[go.index("var migrations = [...]func(tx *sql.Tx) error{"):]
    funcs = re.split(r"(?m)^\tfunc\(tx \*sql\.Tx\)[^\n]*\{\n", body_)[1:]
    revs = []
    for n, f in enumerate(funcs, 1):
        parts = []
        # Go's own comments name columns in backquotes too.
        f = re.sub(r"(?m)^\s*//.*$", "", f)
        for m in re.finditer(r"`([^`]*)`", f):
            sql = m.group(1)
            text = re.sub(r"(?m)^\s*--.*$", "", sql).strip()
            if not text or re.match(r"(?i)(select|declare|fetch|close)\b", text) or "$1" in sql:
                continue
            lines = [l[3:] if l.startswith("\t\t\t") else l.lstrip("\t") for l in sql.strip("\n").split("\n")]
            parts.append("\n".join(lines).rstrip().rstrip(";") + ";")
        revs.append((f"v{n:03}", f"migration_{n}",
                     "\n".join(parts) if parts else "-- no schema change in this migration\n", None))
    write(out, revs, "postgres", "miniflux/v2")

def rust_literals(text):
    """The string literals of a Rust array's source text, in order: raw
    (r"..", r#".."#) as written, plain ones with their escapes resolved."""
    out = []
    for m in re.finditer(r'r(#*)"(.*?)"\1|"((?:[^"\\]|\\.)*)"', text, re.S):
        if m.group(3) is None:
            out.append(m.group(2))
        else:
            out.append(re.sub(r'\\(.)', lambda e: {"n": "\n", "t": "\t"}.get(e.group(1), e.group(1)), m.group(3)))
    return out

def rust_migrations(repo, out, path, source, skip_first=False):
    """A Rust `static MIGRATIONS: &[&str]` array, one revision per element
    (ups only); `skip_first` leaves out an element the runner never runs."""
    rs = git_show(repo, path)
    start = rs.index("static MIGRATIONS: &[&str] = &[")
    array = rs[start:rs.index("\n];", start)]
    # Rust comments between elements name things in quotes too.
    array = re.sub(r'(?m)^\s*//.*$', "", array.split("= &[", 1)[1])
    sqls = rust_literals(array)[1 if skip_first else 0:]
    revs = [(f"v{n:03}", f"migration_{n}", textwrap.dedent(sql).strip("\n") + "\n", None)
            for n, sql in enumerate(sqls, 1)]
    write(out, revs, "postgres", source)

def graphile_worker(repo, out):
    """graphile/worker: sql/NNNNNN.sql in number order (ups only), its
    schema placeholder :GRAPHILE_WORKER_SCHEMA written `graphile_worker`,
    the schema the worker uses by default."""
    revs = []
    for p in sorted(git_ls(repo, "sql/")):
        m = re.match(r"sql/(\d+)\.sql$", p)
        if not m: continue
        text = re.sub(r":GRAPHILE_WORKER_SCHEMA\b", "graphile_worker", git_show(repo, p))
        revs.append((f"v{m.group(1)}", f"migration_{int(m.group(1))}", text, None))
    write(out, revs, "postgres", "graphile/worker")

def drizzle(repo, out, folder, source):
    """drizzle-kit: FOLDER/NNNN_name.sql in journal order (ups only), its
    `--> statement-breakpoint` markers left as the comments they are; a
    file's own BEGIN; and COMMIT; lines as comments."""
    import json
    journal = json.loads(git_show(repo, f"{folder}/meta/_journal.json"))
    revs = []
    for entry in sorted(journal["entries"], key=lambda e: e["idx"]):
        num, _, slug = entry["tag"].partition("_")
        text = own_transaction_as_comments(git_show(repo, f"{folder}/{entry['tag']}.sql"))
        revs.append((f"v{num}", slug, text, None))
    write(out, revs, "postgres", source)

# quickwit's downs of 19 and 20 PostgreSQL refuses (IF EXISTS goes after
# COLUMN): (number, up|down, old, new).
QUICKWIT_FIXES = [(19, "down", "DROP IF EXISTS COLUMN node_id;", "DROP COLUMN IF EXISTS node_id;"),
                  (20, "down", "DROP IF EXISTS COLUMN doc_mapping_uid;",
                   "DROP COLUMN IF EXISTS doc_mapping_uid;")]

def sqlx_reversible_numbered(repo, out, prefix, source, fixes=()):
    """sqlx's reversible N_name.{up,down}.sql under prefix with plain
    numbers (1, 2, ..., 10): sqlx runs them in number order, which is not
    their name order. fixes: (number, up|down, old, new)."""
    ups, downs = {}, {}
    for p in git_ls(repo, prefix):
        m = re.match(re.escape(prefix) + r"(\d+)_(.*)\.(up|down)\.sql$", p)
        if not m: continue
        text = git_show(repo, p)
        for number, direction, old, new in fixes:
            if (number, direction) == (int(m.group(1)), m.group(3)):
                assert old in text, p
                text = text.replace(old, new)
        (ups if m.group(3) == "up" else downs)[int(m.group(1))] = (m.group(2), text)
    revs = [(f"v{v:03}", ups[v][0], ups[v][1], downs[v][1] if v in downs else None) for v in sorted(ups)]
    write(out, revs, "postgres", source)

# tensorzero's queues live in the schema of its `durable` library, whose
# own migrations make it (not part of this history): version -> why.
TENSORZERO_OUTSIDE = {"20251224195927": "calls durable.create_queue(), a function of the "
                      "`durable` library's own schema, which this history does not make"}

def sqlx_ups(repo, out, prefix, source, outside=None):
    """sqlx's simple VERSION_name.sql files under prefix (ups only), in
    version order; a version in `outside` (version -> why) is written as a
    comment saying why."""
    revs = []
    for p in sorted(git_ls(repo, prefix)):
        m = re.match(re.escape(prefix) + r"(\d+)_(.*)\.sql$", p)
        if not m: continue
        text = git_show(repo, p)
        if outside and m.group(1) in outside:
            text = f"-- left out: the source revision {outside[m.group(1)]}\n"
        revs.append((f"v{m.group(1)}", m.group(2), text, None))
    write(out, revs, "postgres", source)

def sql_migrate(repo, out, prefix, source):
    """rubenv/sql-migrate (and its forks): PREFIX/ID.sql in id order, with
    '-- +migrate Up' and '-- +migrate Down' sections; '-- +migrate Up
    notransaction' makes a non-transactional revision. Ids sharing their
    number (the part before the first '-' or '_') take a letter after it; a
    file's own COMMIT; and BEGIN; lines are comments."""
    files = sorted(p for p in git_ls(repo, prefix) if p.endswith(".sql"))
    nums = [re.match(r"(\d+)[-_]?(.*)\.sql$", p[len(prefix):]).groups() for p in files]
    revs = []
    for i, (p, (num, slug)) in enumerate(zip(files, nums)):
        same = [j for j, (n, _) in enumerate(nums) if n == num]
        rid = f"v{num}" + ("" if len(same) == 1 else "abcdefghij"[same.index(i)])
        text = git_show(repo, p)
        parts = re.split(r"(?im)^--\s*\+migrate\s+(up|down)\b(.*)\n?", text)
        sections = {parts[i].lower(): (parts[i + 1], parts[i + 2]) for i in range(1, len(parts) - 2, 3)}
        up_flags, up = sections.get("up", ("", ""))
        down = sections["down"][1] if "down" in sections else None
        # A file's own COMMIT; BEGIN; (for CockroachDB) as comments: the
        # migrator begins and commits each revision itself.
        up, down = own_transaction_as_comments(up), down and own_transaction_as_comments(down)
        # CONCURRENTLY between its own COMMIT; and BEGIN; runs outside one.
        transactional = "notransaction" not in up_flags.lower() and "concurrently" not in up.lower()
        revs.append((rid, slug or num, up, down, transactional))
    write(out, revs, "postgres", source)

# Kong's 009 builds most of its up in Lua (the workspaces' keys, from
# kong.db.migrations.operations.200_to_210): the set stops before it.
KONG_FIRST_LUA_BUILT = "009_200_to_210"

def kong(repo, out):
    """Kong/kong's core: kong/db/migrations/core/NNN_*.lua in init.lua's
    order (ups only), each its `postgres = { up = [[...]] }` SQL and then
    the literal SQL of its teardown's `connector:query([[...]])` calls that
    change the schema (kong runs teardowns after the ups of the release,
    before the next release's); the teardowns' row updates computed in Lua
    are left out."""
    base = "kong/db/migrations/core/"
    names = re.findall(r'"(\d{3}_[^"]+)"', git_show(repo, base + "init.lua"))
    names = names[:names.index(KONG_FIRST_LUA_BUILT)]
    revs = []
    for name in names:
        lua = git_show(repo, base + name + ".lua")
        pg = lua[lua.index("postgres = {"):]
        up = re.search(r"\bup\s*=\s*\[(=*)\[(.*?)\]\1\]", pg, re.S).group(2)
        parts = [textwrap.dedent(up).strip("\n")]
        if "teardown = function" in pg:
            tear = pg[pg.index("teardown = function"):]
            for m in re.finditer(r"connector:query\(\s*\[(=*)\[(.*?)\]\1\]", tear, re.S):
                if re.search(r"(?i)\b(alter|create|drop)\b", m.group(2)):
                    parts.append("-- teardown\n" + textwrap.dedent(m.group(2)).strip("\n"))
        num, _, slug = name.partition("_")
        revs.append((f"v{num}", slug, "\n\n".join(parts) + "\n", None))
    write(out, revs, "postgres", "Kong/kong")

# spicedb's 0012 drops namespace_config's primary key by the name it reads
# from the catalog: the one PostgreSQL gave it in 0008.
SPICEDB_FORMAT = {"0012": "namespace_config_pkey"}

def spicedb(repo, out):
    """authzed/spicedb's PostgreSQL datastore: Go migrations
    internal/datastore/postgres/migrations/zz_migration.NNNN_*.go in number
    order (ups only), each the literal SQL in the file that starts with
    ALTER, CREATE or DROP, in the order written (the order each runs it
    in; its backfill UPDATEs and the reads of later revisions are left
    out). A revision made by `registerIndexMigration(schema.X, ...)` runs
    schema.CreateIndexConcurrently: DROP INDEX CONCURRENTLY IF EXISTS and
    CREATE INDEX CONCURRENTLY of X's name and ColumnsSQL (schema/indexes.go).
    A revision with CONCURRENTLY is non-transactional."""
    base = "internal/datastore/postgres/migrations/"
    indexes = {}
    for m in re.finditer(r"var (\w+) = common\.IndexDefinition\{(.*?)\n\}",
                         git_show(repo, "internal/datastore/postgres/schema/indexes.go"), re.S):
        name = re.search(r"Name:\s*`([^`]*)`", m.group(2)).group(1)
        cols = re.search(r"ColumnsSQL:\s*`([^`]*)`", m.group(2), re.S).group(1)
        indexes[m.group(1)] = (name, cols)
    revs = []
    for p in sorted(git_ls(repo, base)):
        m = re.match(r".*/zz_migration\.(\d{4})_(.*)\.go$", p)
        if not m: continue
        go = re.sub(r"(?m)^\s*//.*$", "", git_show(repo, p))
        stmts = []
        for lit in re.finditer(r"`([^`]*)`|\"((?:[^\"\\]|\\.)*)\"", go):
            sql = (lit.group(1) if lit.group(1) is not None else lit.group(2)).strip()
            if re.match(r"(?i)(alter|create|drop)\s", sql):
                sql = sql.replace("%s", SPICEDB_FORMAT[m.group(1)]) if "%s" in sql else sql
                stmts.append(textwrap.dedent(re.sub(r"\n\t+", "\n  ", sql)).rstrip(";") + ";")
        idx = re.search(r"registerIndexMigration\(\s*schema\.(\w+)", go)
        if idx:
            name, cols = indexes[idx.group(1)]
            cols = re.sub(r"\s+", " ", cols.strip())
            stmts += [f"DROP INDEX CONCURRENTLY IF EXISTS {name};",
                      f"CREATE INDEX CONCURRENTLY {name}\n  ON {cols};"]
        up = "\n".join(stmts) + "\n" if stmts else "-- the Go migration changes rows only\n"
        revs.append((f"v{m.group(1)}", m.group(2), up, None, "concurrently" not in up.lower()))
    write(out, revs, "postgres", "authzed/spicedb")

# memos's PostgreSQL schema before its first upgrade file (0.19): its
# LATEST__SCHEMA.sql at the parent of 4f2b00b4f, the commit that added 0.19.
MEMOS_BASE = ("79558028c043fc9b7b0f3fe72daeaff6b530e9c6", "store/db/postgres/migration/prod/LATEST__SCHEMA.sql")

def memos(repo, out):
    """usememos/memos: the schema of 0.18 (MEMOS_BASE) as the first
    revision, then store/migration/postgres/VERSION/NN__name.sql, one
    revision per file, in version and then name order (ups only), as its
    migrator applies them to a database of an older version."""
    commit, path = MEMOS_BASE
    base = subprocess.run(["git", "-C", repo, "show", f"{commit}:{path}"], capture_output=True,
                          check=True).stdout.decode("utf-8")
    revs = [("v0_18", "latest_schema", base, None)]
    files = []
    for p in git_ls(repo, "store/migration/postgres/"):
        m = re.match(r".*/(\d+)\.(\d+)/(\d+)__(.*)\.sql$", p)
        if m: files.append(((int(m.group(1)), int(m.group(2)), int(m.group(3))), m.group(4), p))
    for (major, minor, n), slug, p in sorted(files):
        revs.append((f"v{major}_{minor}_{n:02}", slug, git_show(repo, p), None))
    write(out, revs, "postgres", "usememos/memos")

def flyway(repo, out, folder, source, last=None):
    """Flyway's versioned FOLDER/V{version}__name.sql in version order (a
    version's parts, split at dots or single underscores as Flyway does,
    compared as numbers: 13.1 after 12, before 14; ups only; a migration
    with CONCURRENTLY is non-transactional), up to the version LAST."""
    files = []
    for p in git_ls(repo, folder):
        m = re.match(r".*/V(\d+(?:[._]\d+)*)__(.*)\.sql$", p)
        if m:
            version = tuple(int(x) for x in re.split(r"[._]", m.group(1)))
            if last is None or version <= last:
                files.append((version, m.group(2), p))
    # Flyway runs a migration of statements PostgreSQL refuses in a
    # transaction (CONCURRENTLY) outside one.
    revs = [("v" + "_".join(f"{x:02}" for x in version), name, text, None,
             not re.search(r"(?i)\bconcurrently\b", text))
            for version, name, text in ((v, n, git_show(repo, p)) for v, n, p in sorted(files))]
    write(out, revs, "postgres", source)

# rfcbot's to_bigint wraps its up, and its empty down, in a transaction of
# its own (diesel runs each migration in one already): those as comments.
RFCBOT_FIXES = [("2026-04-23-000918", "up", "begin;\n", "-- begin; (the revision's own transaction)\n"),
                ("2026-04-23-000918", "up", "\ncommit;", "\n-- commit; (the revision's own transaction)"),
                ("2026-04-23-000918", "down", "begin; commit;", "-- begin; commit; (the revision's own, empty, transaction)")]

APICURIO_3_AT = "b40e0173828702a4d9df141c97a32f984fc2eeeb"

MARQUEZ_MIGRATIONS = "api/src/main/resources/marquez/db/migration/"
MARQUEZ_JAVA = "api/src/main/java/marquez/db/migrations/"

def java_text_block(text):
    """A Java text block's value: the common indentation of its lines (the
    closing delimiter's included) taken off, as javac does."""
    lines = text.split("\n")
    indent = min(len(l) - len(l.lstrip()) for l in lines if l.strip() or l is lines[-1])
    return "\n".join(l[indent:].rstrip() for l in lines[:-1]) + "\n"

def marquez_java(text):
    """The DDL one of marquez's Java migrations runs on a new database, in
    order: a view made from a text block method (`"CREATE OR REPLACE VIEW v
    AS " + getXSQL("table")`, its `%s` the table), and the literal SQL of its
    own `execute("...")` calls (V57_1's path for an empty lineage_events:
    the lock row, then the facet views made again over the facet tables).
    A class with neither changes rows only: a comment."""
    out = []
    for view, method, arg in re.findall(r'"(CREATE OR REPLACE VIEW \w+ AS )"\s*\+\s*(\w+)\("(\w+)"\)', text):
        block = re.search(r"String " + method + r'\(String \w+\) \{\s*return String\.format\(\s*"""\n(.*?)""",', text, re.S)
        out.append(view + java_text_block(block.group(1)).replace("%s", arg).rstrip() + ";\n")
    out += [sql.rstrip(";") + ";\n" for sql in re.findall(r'(?<![.\w])execute\("([^"]*)"\)', text)]
    return "".join(out)

APICURIO_SQL = "app/src/main/resources/io/apicurio/registry/storage/impl/sql/"

def apicurio_statements(text):
    """The statements of an Apicurio Registry DDL file as its DdlParser
    splits them: a line is one statement (its `;` optional), unless it ends
    with `'` or `(`, or starts `CREATE FUNCTION`, when the statement runs on
    to a blank line or a line that starts with `'` or `)`. Each is written
    with its `;`; an `UPGRADER:class` line (a Java class the runner calls to
    rewrite rows) as a comment."""
    out, buf, multi = [], [], False
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.startswith("--") or not line.strip() and not multi:
            continue
        if not line.strip() and multi:
            multi = False
        if line.endswith("'") or line.endswith("("):
            multi = True
        if line.startswith("'") or line.startswith(")"):
            multi = False
        if line.startswith("CREATE FUNCTION"):
            multi = True
        buf.append(line)
        if not multi:
            sql = "\n".join(buf).strip()
            buf = []
            if sql.startswith("UPGRADER:"):
                out.append(f"-- {sql} (a Java upgrader that rewrites rows)")
            else:
                out.append(sql if sql.endswith(";") else sql + ";")
    return "\n".join(out) + "\n"

def apicurio(repo, out, base_tag, upgrades_at, first, last):
    """Apicurio/apicurio-registry's PostgreSQL storage: postgresql.ddl at
    BASE_TAG (its db_version FIRST) as the first revision, then
    upgrades/N/postgresql.upgrade.ddl at UPGRADES_AT for N from FIRST + 1 to
    LAST, one revision each (ups only), split as `apicurio_statements`."""
    base = apicurio_statements(git_show_at(repo, base_tag, APICURIO_SQL + "postgresql.ddl"))
    revs = [(f"v{first:03}", f"schema_{base_tag.replace('.', '_')}", base, None)]
    for n in range(first + 1, last + 1):
        path = f"{APICURIO_SQL}upgrades/{n}/postgresql.upgrade.ddl"
        revs.append((f"v{n:03}", f"upgrade_{n}", apicurio_statements(git_show_at(repo, upgrades_at, path)), None))
    write(out, revs, "postgres", "Apicurio/apicurio-registry")

TB_SQL = "dao/src/main/resources/sql/"
TB_BASE = "v3.8.1"
TB_UPGRADES = ["v3.9", "v4.0", "v4.1", "v4.2", "v4.3"]
# What ThingsBoard's installer runs for device_info_view (Java), with
# activity state kept in attributes, its default.
TB_DEVICE_INFO_VIEW = ("DROP VIEW IF EXISTS device_info_view CASCADE;\n"
                       "CREATE OR REPLACE VIEW device_info_view AS SELECT * FROM device_info_active_attribute_view;\n")

def thingsboard(repo, out):
    """thingsboard/thingsboard's PostgreSQL entities and time series: the
    schema a new install at TB_BASE makes, as its installer runs the files
    of dao/src/main/resources/sql/ (entities, their indexes and PostgreSQL
    indexes, views and functions, device_info_view, the time series and
    latest tables); then for each minor release of TB_UPGRADES, what its
    upgrade runs, in order: that tag's
    application/src/main/data/upgrade/basic/schema_update.sql, then its
    schema-entities.sql again (new tables, IF NOT EXISTS), views and
    functions, device_info_view and indexes (ups only)."""
    def files(tag):
        return lambda *ns: "".join(body(git_show_at(repo, tag, TB_SQL + n), "up") for n in ns)
    def views_of(tag):
        names = [p.rsplit("/", 1)[1] for p in subprocess.run(
            ["git", "-C", repo, "ls-tree", "--name-only", tag, TB_SQL],
            capture_output=True, text=True, check=True).stdout.split()]
        return [n for n in ("schema-views-and-functions.sql", "schema-views.sql", "schema-functions.sql")
                if n in names]
    at = files(TB_BASE)
    base = (at("schema-entities.sql", "schema-entities-idx.sql", "schema-entities-idx-psql-addon.sql",
               *views_of(TB_BASE)) + TB_DEVICE_INFO_VIEW
            + at("schema-ts-psql.sql", "schema-ts-latest-psql.sql"))
    revs = [("v" + TB_BASE[1:].replace(".", "_"), "install", base, None)]
    for tag in TB_UPGRADES:
        at = files(tag)
        up = (body(git_show_at(repo, tag, "application/src/main/data/upgrade/basic/schema_update.sql"), "up")
              + at("schema-entities.sql", *views_of(tag)) + TB_DEVICE_INFO_VIEW
              + at("schema-entities-idx.sql", "schema-entities-idx-psql-addon.sql"))
        revs.append(("v" + tag[1:].replace(".", "_"), "upgrade", up, None))
    write(out, revs, "postgres", "thingsboard/thingsboard")

def marquez(repo, out):
    """MarquezProject/marquez's Flyway history: the versioned SQL files and
    Java classes (V{major}_{minor}_[_]Name.java, at the version their
    getVersion() gives) in version order, a Java
    class as the DDL it runs on a new database (`marquez_java`), then the
    repeatable R__*.sql files in description order, as Flyway runs them
    after the versioned ones (ups only)."""
    entries = []
    for p in git_ls(repo, MARQUEZ_MIGRATIONS):
        m = re.match(r".*/V(\d+(?:\.\d+)*)__(.*)\.sql$", p)
        if m:
            text = git_show(repo, p)
            entries.append((tuple(int(x) for x in m.group(1).split(".")), m.group(2), text,
                            not re.search(r"(?i)\bconcurrently\b", text)))
    for p in git_ls(repo, MARQUEZ_JAVA):
        m = re.match(r".*/V(\d+)_(\d+)__?(\w+)\.java$", p)
        if m:
            java = git_show(repo, p)
            # Its getVersion(), where it says (V57_1__BackfillFacets is 57.2).
            said = re.search(r'fromVersion\("([\d.]+)"\)', java)
            version = said.group(1) if said else f"{m.group(1)}.{m.group(2)}"
            text = marquez_java(java) or f"-- {m.group(3)} (a Java migration) changes rows only\n"
            entries.append((tuple(int(x) for x in version.split(".")), m.group(3), text, True))
    revs = [("v" + "_".join(f"{x:02}" for x in version), name, text, None, transactional)
            for version, name, text, transactional in sorted(entries)]
    for n, p in enumerate(sorted(p for p in git_ls(repo, MARQUEZ_MIGRATIONS)
                                 if re.match(r".*/R__.*\.sql$", p)), 1):
        name = re.match(r".*/R__(.*)\.sql$", p).group(1)
        revs.append((f"vr_{n}", name, git_show(repo, p), None))
    write(out, revs, "postgres", "MarquezProject/marquez")

# camunda's create scripts as the engine runs them on a new database, in
# order (case and decision parts where the version has them).
CAMUNDA_PARTS = ["engine", "history", "identity", "case.engine", "case.history",
                 "decision.engine", "decision.history"]
CAMUNDA_BASE = "7.2.0"

def git_show_at(repo, commit, path):
    return subprocess.run(["git", "-C", repo, "show", f"{commit}:{path}"], capture_output=True,
                          check=True).stdout.decode("utf-8")

def camunda(repo, out):
    """camunda/camunda-bpm-platform's engine: its PostgreSQL create scripts
    at the tag CAMUNDA_BASE (the parts in the order the engine runs them)
    as the first revision, then each minor upgrade
    upgrade/postgres_engine_7.N_to_7.M.sql from 7.2 on, in version order
    (ups only; the patch scripts of a minor line are left out, as the next
    minor's upgrade does not expect them)."""
    create = "engine/src/main/resources/org/camunda/bpm/engine/db/create/"
    have = set(subprocess.run(["git", "-C", repo, "ls-tree", "-r", "--name-only", CAMUNDA_BASE, create],
                              capture_output=True, text=True, check=True).stdout.split())
    base = "".join(body(git_show_at(repo, CAMUNDA_BASE, f"{create}activiti.postgres.create.{part}.sql"), "up")
                   for part in CAMUNDA_PARTS if f"{create}activiti.postgres.create.{part}.sql" in have)
    major, minor = (int(x) for x in CAMUNDA_BASE.split(".")[:2])
    revs = [(f"v{major:02}_{minor:02}", "create", base, None)]
    ups = {}
    for p in git_ls(repo, "engine/src/main/resources/org/camunda/bpm/engine/db/upgrade/"):
        m = re.match(r".*/postgres_engine_(\d+)\.(\d+)_to_(\d+)\.(\d+)\.sql$", p)
        if m and (int(m.group(1)), int(m.group(2))) >= (major, minor):
            ups[(int(m.group(3)), int(m.group(4)))] = (f"{m.group(1)}_{m.group(2)}_to_{m.group(3)}_{m.group(4)}", p)
    for (ma, mi), (slug, p) in sorted(ups.items()):
        revs.append((f"v{ma:02}_{mi:02}", slug, git_show(repo, p), None))
    write(out, revs, "postgres", "camunda/camunda-bpm-platform")

# dolphinscheduler's schema of the tag 1.3.6 (its sql/dolphinscheduler_postgre.sql);
# the upgrade folders of versions before 3.0.0, removed since, as the tag 3.0.0 has them.
DOLPHINSCHEDULER_BASE = ("1.3.6", "sql/dolphinscheduler_postgre.sql")
DOLPHINSCHEDULER_OLD_UPGRADES = "3.0.0"
# Its 3.3.0 upgrade renames t_ds_process_definition_log_id_sequence, the name
# a new 3.x database has; one upgraded from 2.0 has the serial's _id_seq.
DOLPHINSCHEDULER_LAST = (3, 2, 2)

def script_runner_delimiters(text):
    """dolphinscheduler's ScriptRunner reads `delimiter X` lines (as MySQL's
    client does): they go, and a statement ended by X alone on a line ends
    with the `;` it has (or one added)."""
    out, delimiter = [], ";"
    for line in text.split("\n"):
        m = re.match(r"(?i)\s*delimiter\s+(\S+)\s*$", line)
        if m:
            delimiter = m.group(1)
            continue
        if delimiter != ";" and line.strip() == delimiter:
            done = "\n".join(out).rstrip().endswith(";")
            out.append("" if done else ";")
            continue
        out.append(line)
    return "\n".join(out)

def dolphinscheduler(repo, out):
    """apache/dolphinscheduler: its PostgreSQL schema of the tag in
    DOLPHINSCHEDULER_BASE as the first revision, then one revision per
    upgrade/VERSION_schema/postgresql/ folder of a later version, in version
    order up to DOLPHINSCHEDULER_LAST (those before 3.0.0 as
    DOLPHINSCHEDULER_OLD_UPGRADES has them), its
    dolphinscheduler_ddl.sql, dolphinscheduler_dml.sql and
    dolphinscheduler_ddl_post.sql in the order the upgrade tool runs them
    (ups only)."""
    sql = "dolphinscheduler-dao/src/main/resources/sql/"
    tag, path = DOLPHINSCHEDULER_BASE
    revs = [("v" + tag.replace(".", "_"), "schema", git_show_at(repo, tag, path), None)]
    versions = {}
    first = tuple(int(x) for x in tag.split("."))
    for commit in (DOLPHINSCHEDULER_OLD_UPGRADES, "HEAD"):
        for p in subprocess.run(["git", "-C", repo, "ls-tree", "-r", "--name-only", commit, f"{sql}upgrade/"],
                                capture_output=True, text=True, check=True).stdout.split():
            m = re.match(r".*/upgrade/(\d+)\.(\d+)\.(\d+)_schema/postgresql/dolphinscheduler_(ddl|dml|ddl_post)\.sql$", p)
            version = m and tuple(int(m.group(i)) for i in (1, 2, 3))
            if m and first < version <= DOLPHINSCHEDULER_LAST and (commit == "HEAD" or version < (3, 0, 0)):
                versions.setdefault(version, {})[m.group(4)] = (commit, p)
    for version, files in sorted(versions.items()):
        up = "".join(body(script_runner_delimiters(git_show_at(repo, *files[part])), part)
                     for part in ("ddl", "dml", "ddl_post")
                     if part in files)
        revs.append(("v" + "_".join(map(str, version)), "upgrade", up, None))
    write(out, revs, "postgres", "apache/dolphinscheduler")

# flowable's first tag with one PostgreSQL create script for all its engines.
FLOWABLE_BASE = "6.2.0"

def flowable(repo, out):
    """flowable/flowable-engine: distro/sql/create/all/flowable.postgres.all.create.sql
    at the tag flowable-FLOWABLE_BASE as the first revision (with the lock
    table Liquibase makes beside each changelog table it makes), then
    distro/sql/upgrade/all/flowable.postgres.upgradestep.A.to.B.all.sql from
    that version on, in version order (ups only; each holds the SQL of its
    engines' Liquibase changelogs, with their bookkeeping tables' rows)."""
    tag = f"flowable-{FLOWABLE_BASE}"
    base = git_show_at(repo, tag, "distro/sql/create/all/flowable.postgres.all.create.sql")
    # Liquibase makes each changelog's lock table beside it when it runs;
    # the create script leaves them out, and the upgrades lock them.
    for prefix in re.findall(r"(?i)create table (act_\w+)_databasechangelog\b(?!lock)", base):
        base += (f"\n-- Liquibase's lock table, made beside {prefix}_databasechangelog\n"
                 f"CREATE TABLE {prefix}_databasechangeloglock (ID INT NOT NULL, LOCKED BOOLEAN NOT NULL, "
                 f"LOCKGRANTED TIMESTAMP WITHOUT TIME ZONE, LOCKEDBY VARCHAR(255), "
                 f"CONSTRAINT PK_{prefix.upper()}_DATABASECHANGELOGLOCK PRIMARY KEY (ID));\n"
                 f"INSERT INTO {prefix}_databasechangeloglock (ID, LOCKED) VALUES (1, FALSE);\n")
    revs = [("v" + FLOWABLE_BASE.replace(".", "_"), "create_all", base, None)]
    first = tuple(int(x) for x in FLOWABLE_BASE.split("."))
    steps = {}
    for p in git_ls(repo, "distro/sql/upgrade/all/"):
        m = re.match(r".*/flowable\.postgres\.upgradestep\.([\d.]+)\.to\.([\d.]+)\.all\.sql$", p)
        if m and tuple(int(x) for x in m.group(1).split(".")) >= first:
            steps[tuple(int(x) for x in m.group(2).split("."))] = (m.group(1), p)
    for version, (old, p) in sorted(steps.items()):
        revs.append(("v" + "_".join(map(str, version)), f"{old}_to_" + ".".join(map(str, version)),
                     git_show(repo, p), None))
    write(out, revs, "postgres", "flowable/flowable-engine")

# ranger's PostgreSQL schema of the tag release-ranger-1.0.0, which records its
# patches up to 030 as applied.
RANGER_BASE = ("release-ranger-1.0.0", 30)

def ranger(repo, out):
    """apache/ranger's admin database: security-admin/db/postgres/optimized/
    current/ranger_core_db_postgres.sql at the tag in RANGER_BASE as the
    first revision, then security-admin/db/postgres/patches/NNN-name.sql
    past the last patch that schema records, in number order, one revision
    each (ups only; the Java patches the admin runs between them change rows)."""
    tag, last = RANGER_BASE
    base = git_show_at(repo, tag, "security-admin/db/postgres/optimized/current/ranger_core_db_postgres.sql")
    revs = [("v000", tag.replace("release-", "").replace("-", "_").replace(".", "_"), base, None)]
    for p in sorted(git_ls(repo, "security-admin/db/postgres/patches/")):
        m = re.match(r".*/(\d{3})-(.*)\.sql$", p)
        if m and int(m.group(1)) > last:
            # Its runner sends each patch to psql, which runs the `commit;`
            # lines between statements in autocommit: comments here.
            revs.append((f"v{m.group(1)}", m.group(2), own_transaction_as_comments(git_show(repo, p)), None))
    write(out, revs, "postgres", "apache/ranger")

GUACAMOLE_SCHEMA = "extensions/guacamole-auth-jdbc/modules/guacamole-auth-jdbc-postgresql/schema/"
GUACAMOLE_BASE = "0.9.6"

def guacamole(repo, out):
    """apache/guacamole-client's PostgreSQL authentication schema: its
    001-create-schema.sql and 002-create-admin-user.sql at the tag
    GUACAMOLE_BASE as the first revision, then each
    upgrade/upgrade-pre-VERSION.sql of a later version in version order
    (ups only)."""
    def version(v):
        return tuple(int(x) for x in re.findall(r"\d+", v))
    base = "".join(body(git_show_at(repo, GUACAMOLE_BASE, f"{GUACAMOLE_SCHEMA}{f}"), "up")
                   for f in ("001-create-schema.sql", "002-create-admin-user.sql"))
    revs = [("v" + GUACAMOLE_BASE.replace(".", "_"), "create_schema", base, None)]
    ups = []
    for p in git_ls(repo, f"{GUACAMOLE_SCHEMA}upgrade/"):
        m = re.match(r".*/upgrade-pre-([\d.]+)\.sql$", p)
        if m and version(m.group(1)) > version(GUACAMOLE_BASE):
            ups.append((version(m.group(1)), m.group(1), p))
    for _, v, p in sorted(ups):
        revs.append(("v" + v.replace(".", "_"), f"upgrade_pre_{v}", git_show(repo, p), None))
    write(out, revs, "postgres", "apache/guacamole-client")

KINTO_BASE = "f082aa3a"
KINTO_STORAGE = "kinto/core/storage/postgresql/"

def kinto(repo, out):
    """Kinto/kinto's PostgreSQL storage: its schema.sql at KINTO_BASE (the
    commit that moved cliquet into kinto/core; the schema of version 11)
    as the first revision, then migrations/migration_NNN_MMM.sql from 011
    on, in number order, as its storage backend's migrator runs them on a
    database of an older version (ups only; migration_017_018's own
    `BEGIN WORK;` and `COMMIT WORK;` as comments)."""
    revs = [("v011", "schema", git_show_at(repo, KINTO_BASE, f"{KINTO_STORAGE}schema.sql"), None)]
    files = []
    for p in git_ls(repo, f"{KINTO_STORAGE}migrations/"):
        m = re.match(r".*/migration_(\d{3})_(\d{3})\.sql$", p)
        if m and int(m.group(1)) >= 11:
            files.append((int(m.group(2)), p))
    for to, p in sorted(files):
        text = git_show(repo, p)
        # migration_017_018's `BEGIN WORK;` ... `COMMIT WORK;` around its
        # merge of two tables, as comments (the migrator's transaction
        # holds the same locks to its end).
        text = re.sub(r"(?im)^(BEGIN|COMMIT) WORK;$", r"-- \1 WORK; (the revision's own transaction)", text)
        revs.append((f"v{to:03}", f"migration_{to - 1:03}_{to:03}", text, None))
    write(out, revs, "postgres", "Kinto/kinto")

PGMQ_BASE = "v1.3.2"

def pgmq(repo, out):
    """pgmq/pgmq's extension as plain SQL in its schema `pgmq`: sql/pgmq.sql
    at PGMQ_BASE (its first release written in SQL alone, no C module)
    after the `CREATE SCHEMA pgmq;` its control file's `schema` makes, as
    the first revision; then pgmq-extension/sql/pgmq--A--B.sql from that
    version on, in version order, as `ALTER EXTENSION pgmq UPDATE` runs
    them (ups only); each after `SET LOCAL check_function_bodies = off;`,
    as the extension machinery runs its scripts."""
    def version(v):
        return tuple(int(x) for x in v.split("."))
    # CREATE EXTENSION and ALTER EXTENSION UPDATE run a script with
    # check_function_bodies off: a SQL function may call one made after it.
    unchecked = "SET LOCAL check_function_bodies = off;\n\n"
    base = unchecked + "CREATE SCHEMA pgmq;\n\n" + git_show_at(repo, PGMQ_BASE, "sql/pgmq.sql")
    revs = [("v" + PGMQ_BASE[1:].replace(".", "_"), "pgmq", base, None)]
    ups = []
    for p in git_ls(repo, "pgmq-extension/sql/"):
        m = re.match(r".*/pgmq--([\d.]+)--([\d.]+)\.sql$", p)
        if m and version(m.group(1)) >= version(PGMQ_BASE[1:]):
            ups.append((version(m.group(2)), m.group(1), m.group(2), p))
    for _, a, b, p in sorted(ups):
        text = git_show(repo, p)
        revs.append(("v" + b.replace(".", "_"), f"pgmq_{a}_to_{b}", unchecked + text if text.strip() else text, None))
    write(out, revs, "postgres", "pgmq/pgmq")

def unleash(recorded, out):
    """Unleash/unleash's db-migrate history: RECORDED is the folder
    `unleash_sql.js` writes (one `<migration>.sql` per migration of
    src/migrations, the SQL db-migrate ran for its up on a new database),
    one revision per file in name order (ups only; migrations that
    share a timestamp are vSTAMPa, vSTAMPb, ...). `DEFAULT 'now()'`
    (four tables of 2016 to 2020: a string the server turns into the
    time the table was made, a constant) written `DEFAULT now()`, which
    is what was meant, so that two replays of the history agree; the
    `COMMIT;` line in the middle of 20231103064746 (it ends db-migrate's
    transaction early) as a comment."""
    names = [(m.group(1), m.group(2), n) for n in sorted(os.listdir(recorded))
             if (m := re.match(r"(\d{14})-(.*)\.sql$", n))]
    stamps = [stamp for stamp, _, _ in names]
    revs, seen = [], {}
    for stamp, slug, name in names:
        with open(os.path.join(recorded, name)) as f:
            text = own_transaction_as_comments(f.read().replace("DEFAULT 'now()'", "DEFAULT now()"))
        # Migrations sharing a timestamp (db-migrate runs them in file
        # name order): vSTAMPa, vSTAMPb, ...
        suffix = ""
        if stamps.count(stamp) > 1:
            suffix = "abcdefgh"[seen.get(stamp, 0)]
            seen[stamp] = seen.get(stamp, 0) + 1
        revs.append((f"v{stamp}{suffix}", slug, text if text.strip() else "", None))
    write(out, revs, "postgres", "Unleash/unleash")

root, supa, chirp, hydra = sys.argv[1:5]
(crates, hatch, kratos, auth, temp, harb, storage, atu, ket, uma, docs, hopp, trig, lang, meter, civ,
 harn, neon, svix, conc, mini, perf, triage, gworker, cadence, ditto, bitmag, feld, nhauth, bors, arroyo, rauthy, fga,
 qwit, nakama, tzero, spice, lake, kong_, memo, cond, camu, dolph, flow, rang, guac,
 kestra, marq, apic, tboard, rfcbot, kinto_, pgmq_, unleash_) = (sys.argv[5:59] + ["-"] * 54)[:54]
if supa != "-":
    supabase(supa, f"{root}/postgres/supabase-auth")
if chirp != "-":
    chirpstack(chirp, f"{root}/postgres/chirpstack", "migrations_postgres", "postgres")
    chirpstack(chirp, f"{root}/sqlite/chirpstack", "migrations_sqlite", "sqlite")
if hydra != "-":
    popx(hydra, f"{root}/postgres/hydra", "persistence/sql/migrations/", "postgres", ["postgres"])
    popx(hydra, f"{root}/sqlite-fk-off/hydra", "persistence/sql/migrations/", "sqlite", ["sqlite", "sqlite3"])
    hydra_mysql(hydra, f"{root}/mysql/hydra")
if crates != "-":
    crates_io(crates, f"{root}/postgres/crates-io")
if hatch != "-":
    hatchet(hatch, f"{root}/postgres/hatchet")
if kratos != "-":
    popx(kratos, f"{root}/sqlite-bench/kratos", "persistence/sql/migrations/sql/", "sqlite",
         ["sqlite3", "sqlite"], "ory/kratos")
    popx(kratos, f"{root}/postgres/kratos", "persistence/sql/migrations/sql/", "postgres",
         ["postgres"], "ory/kratos")
if auth != "-":
    authelia(auth, f"{root}/postgres/authelia", "postgres", "postgres")
    authelia(auth, f"{root}/sqlite/authelia", "sqlite", "sqlite")
    authelia(auth, f"{root}/mysql/authelia", "mysql", "mysql")
if temp != "-":
    temporal(temp, f"{root}/postgres/temporal", "postgres", "postgresql/v12/temporal")
    temporal(temp, f"{root}/postgres/temporal-visibility", "postgres", "postgresql/v12/visibility")
    temporal(temp, f"{root}/mysql/temporal", "mysql", "mysql/v8/temporal")
if harb != "-":
    harbor(harb, f"{root}/postgres/harbor")
if storage != "-":
    supabase_storage(storage, f"{root}/postgres/supabase-storage")
if atu != "-":
    atuin(atu, f"{root}/postgres/atuin")
    atuin_sqlite(atu, f"{root}/sqlite-extra")
if ket != "-":
    # keto's own revisions and those of the networks table it references
    # (oryx/networkx), one pop history in version order, as keto runs them.
    popx(ket, f"{root}/postgres/keto",
         ["internal/persistence/sql/migrations/sql/", "oryx/networkx/migrations/sql/"],
         "postgres", ["postgres"], "ory/keto")
    keto_sqlite_mysql(ket, root)
if uma != "-":
    umami_postgres(uma, f"{root}/postgres/umami")
if docs != "-":
    docs_rs_postgres(docs, f"{root}/postgres/docs-rs")
if hopp != "-":
    hoppscotch_postgres(hopp, f"{root}/postgres/hoppscotch")
if trig != "-":
    trigger_dev_postgres(trig, f"{root}/postgres/trigger-dev")
if lang != "-":
    langfuse_postgres(lang, f"{root}/postgres/langfuse")
if meter != "-":
    openmeter_postgres(meter, f"{root}/postgres/openmeter")
if civ != "-":
    civitai_postgres(civ, f"{root}/postgres/civitai")
if harn != "-":
    harness_postgres(harn, f"{root}/postgres/harness")
if neon != "-":
    diesel(neon, f"{root}/postgres/neon-storage-controller", "storage_controller/migrations/",
           "neondatabase/neon", NEON_FIXES)
if svix != "-":
    sqlx_reversible(svix, f"{root}/postgres/svix", "server/svix-server/migrations/",
                    "svix/svix-webhooks")
if conc != "-":
    concourse(conc, f"{root}/postgres/concourse")
if mini != "-":
    miniflux(mini, f"{root}/postgres/miniflux")
if perf != "-":
    # The runner starts after the array's first element, an empty string.
    rust_migrations(perf, f"{root}/postgres/rustc-perf", "database/src/pool/postgres.rs",
                    "rust-lang/rustc-perf", skip_first=True)
if triage != "-":
    rust_migrations(triage, f"{root}/postgres/triagebot", "src/db.rs", "rust-lang/triagebot")
if gworker != "-":
    graphile_worker(gworker, f"{root}/postgres/graphile-worker")
if cadence != "-":
    temporal(cadence, f"{root}/postgres-extra/cadence", "postgres", "postgres/cadence", "uber/cadence")
    temporal(cadence, f"{root}/postgres-extra/cadence-visibility", "postgres", "postgres/visibility", "uber/cadence")
if ditto != "-":
    drizzle(ditto, f"{root}/postgres-extra/dittofeed", "packages/backend-lib/drizzle", "dittofeed/dittofeed")
if bitmag != "-":
    goose(bitmag, f"{root}/postgres/bitmagnet", "migrations/", "bitmagnet-io/bitmagnet")
if feld != "-":
    refinery(feld, f"{root}/postgres/feldera", "crates/pipeline-manager/migrations/", "feldera/feldera")
if nhauth != "-":
    # golang-migrate, each file in a transaction of its own (as comments).
    sqlx_reversible(nhauth, f"{root}/postgres/hasura-auth", "go/migrations/postgres/",
                    "nhost/hasura-auth", own_transaction=True, fixes=HASURA_AUTH_FIXES)
if bors != "-":
    sqlx_reversible(bors, f"{root}/postgres/bors", "migrations/", "rust-lang/bors")
if arroyo != "-":
    refinery(arroyo, f"{root}/postgres/arroyo", "crates/arroyo-api/migrations/", "ArroyoSystems/arroyo")
if rauthy != "-":
    refinery(rauthy, f"{root}/postgres/rauthy", "migrations/postgres/", "sebadob/rauthy")
if fga != "-":
    goose(fga, f"{root}/postgres-extra/openfga", "assets/migrations/postgres/", "openfga/openfga")
if qwit != "-":
    sqlx_reversible_numbered(qwit, f"{root}/postgres/quickwit", "quickwit/quickwit-metastore/migrations/postgresql/",
                             "quickwit-oss/quickwit", QUICKWIT_FIXES)
if nakama != "-":
    sql_migrate(nakama, f"{root}/postgres/nakama", "migrate/sql/", "heroiclabs/nakama")
if tzero != "-":
    sqlx_ups(tzero, f"{root}/postgres/tensorzero", "crates/tensorzero-core/src/db/postgres/migrations/",
             "tensorzero/tensorzero", TENSORZERO_OUTSIDE)
if spice != "-":
    spicedb(spice, f"{root}/postgres/spicedb")
if lake != "-":
    sqlx_ups(lake, f"{root}/postgres/lakekeeper", "crates/lakekeeper-storage-postgres/migrations/",
             "lakekeeper/lakekeeper")
if kong_ != "-":
    kong(kong_, f"{root}/postgres-extra/kong")
if memo != "-":
    memos(memo, f"{root}/postgres/memos")
if cond != "-":
    # Its main location only; the notify and data locations are optional.
    flyway(cond, f"{root}/postgres/conductor", "postgres-persistence/src/main/resources/db/migration_postgres/",
           "conductor-oss/conductor")
if camu != "-":
    camunda(camu, f"{root}/postgres/camunda")
if dolph != "-":
    dolphinscheduler(dolph, f"{root}/postgres/dolphinscheduler")
if flow != "-":
    flowable(flow, f"{root}/postgres/flowable")
if rang != "-":
    ranger(rang, f"{root}/postgres/ranger")
if guac != "-":
    guacamole(guac, f"{root}/postgres-extra/guacamole")
if kestra != "-":
    flyway(kestra, f"{root}/postgres/kestra", "jdbc-postgres/src/main/resources/migrations/postgres/",
           "kestra-io/kestra")
if marq != "-":
    marquez(marq, f"{root}/postgres/marquez")
if apic != "-":
    # Two lines whose databases do not upgrade into each other: 2.x (its
    # last release's upgrades) and 3.x.
    apicurio(apic, f"{root}/postgres/apicurio-2", "2.0.0.Final", "2.6.13.Final", 1, 15)
    apicurio(apic, f"{root}/postgres-extra/apicurio-3", "3.0.0", APICURIO_3_AT, 100, 109)
if tboard != "-":
    thingsboard(tboard, f"{root}/postgres-extra/thingsboard")
if rfcbot != "-":
    diesel(rfcbot, f"{root}/postgres/rfcbot", "migrations/", "rust-lang/rfcbot-rs", RFCBOT_FIXES)
if kinto_ != "-":
    kinto(kinto_, f"{root}/postgres-extra/kinto")
if pgmq_ != "-":
    pgmq(pgmq_, f"{root}/postgres-extra/pgmq")
if unleash_ != "-":
    # The folder unleash_sql.js wrote, not a repository.
    unleash(unleash_, f"{root}/postgres-extra/unleash")
