#!/usr/bin/env python3
"""Measure Alembic's revision-graph behaviour and dump it as a JSON corpus.

For every graph shape defined below we build a throw-away Alembic project
(SQLite, transaction_per_migration=True, one revision file per revision whose
upgrade()/downgrade() append to a log file), put the database into a number of
starting states with ``alembic stamp``, run ``command.upgrade`` /
``command.downgrade`` / ``command.stamp`` against many targets, and record
what really happened:
the executed steps in order, the alembic_version rows afterwards, warnings and
errors.

Output: one JSON file per graph in migrate-core/tests/alembic/.

Only the standard library, alembic and sqlalchemy are used.  Run it with the
interpreter of a virtualenv that has alembic installed (see README.md).

Determinism notes:
  * Alembic's internal ordering partly depends on Python set iteration order,
    which for strings depends on PYTHONHASHSEED.  Unless PYTHONHASHSEED is
    already set, this script re-executes itself with PYTHONHASHSEED=0 so the
    corpus is reproducible.  (Set it yourself to check other seeds.)
  * Alembic reads alembic_version without ORDER BY, and e.g. the head that
    "downgrade -1" picks among several follows the physical row order.  Each
    starting state is therefore rewritten so its rows are physically in
    sorted order, i.e. the order of the case's "current" list.
    (--reverse-rows stores them in reverse order instead, to find the cases
    that depend on it; that output is for diagnosis, not for the corpus.)
  * Alembic loads revision files in sorted file-name order and that order
    breaks ties between independent branches.  Files are named
    ``<id>_rev.py``; the "revisions" list in every JSON file is written in
    that load order.
"""

import argparse
import itertools
import json
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import warnings

if os.environ.get("PYTHONHASHSEED") is None:
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

import alembic  # noqa: E402
from alembic import command  # noqa: E402
from alembic.config import Config  # noqa: E402
from alembic.script import ScriptDirectory  # noqa: E402

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DEFAULT_OUT = os.path.join(REPO_ROOT, "migrate-core", "tests", "alembic")
REVERSE_ROWS = "--reverse-rows" in sys.argv  # read at import so pool workers see it


# ---------------------------------------------------------------------------
# Graph shapes
# ---------------------------------------------------------------------------

def rev(id_, down=(), deps=(), labels=()):
    return {"id": id_, "down": list(down), "depends_on": list(deps),
            "labels": list(labels)}


def graph(name, revisions, extra_states=(), extra_targets=(), sample=None):
    """`sample` = (number of single-revision starting states, number of random
    targets per (state, op)) keeps big graphs within the corpus size budget;
    None means every state x every target."""
    return {"name": name, "revisions": revisions,
            "extra_states": [list(s) for s in extra_states],
            "extra_targets": list(extra_targets), "sample": sample}


def hand_written_graphs():
    g = []

    # 1. linear chain of 5 (long ids so 4-char prefixes are meaningful)
    g.append(graph("linear5", [
        rev("a1f0c3"),
        rev("b2e1d4", ["a1f0c3"]),
        rev("c3d2e5", ["b2e1d4"]),
        rev("d4c3f6", ["c3d2e5"]),
        rev("e5b4a7", ["d4c3f6"]),
    ], extra_targets=["a1f", "zzzz9", "e5b4a7+1", "a1f0c3-1"]))

    # 2. diamond: a -> b1, b2 -> c (merge), unlabelled
    g.append(graph("diamond", [
        rev("dia0base"),
        rev("dia1left", ["dia0base"]),
        rev("dia2right", ["dia0base"]),
        rev("dia3merge", ["dia1left", "dia2right"]),
    ], extra_states=[["dia1left", "dia2right"]]))

    # 3. two labelled branches from a common base, never merged
    g.append(graph("two_branches", [
        rev("root1"),
        rev("alp1", ["root1"], labels=["alpha"]),
        rev("alp2", ["alp1"]),
        rev("alp3", ["alp2"]),
        rev("bet1", ["root1"], labels=["beta"]),
        rev("bet2", ["bet1"]),
    ], extra_states=[["alp2", "bet1"], ["alp3", "bet2"], ["alp1", "bet2"]],
        extra_targets=["alpha@alp2", "beta@alp2", "alpha@heads"]))

    # 4. two labelled branches, merged later
    g.append(graph("two_branches_merged", [
        rev("root2"),
        rev("gam1", ["root2"], labels=["gamma"]),
        rev("gam2", ["gam1"]),
        rev("del1", ["root2"], labels=["delta"]),
        rev("del2", ["del1"]),
        rev("mrg2", ["gam2", "del2"]),
        rev("post2", ["mrg2"]),
    ], extra_states=[["gam2", "del2"], ["gam1", "del2"], ["gam2", "del1"]]))

    # 5. labelled branch point, merge, then un-merge (downgrade to one side)
    g.append(graph("unmerge", [
        rev("bp00"),
        rev("lef1", ["bp00"], labels=["left"]),
        rev("lef2", ["lef1"]),
        rev("rig1", ["bp00"], labels=["right"]),
        rev("rig2", ["rig1"]),
        rev("umrg", ["lef2", "rig2"]),
    ], extra_states=[["lef2", "rig2"], ["lef1", "rig2"], ["lef2", "rig1"],
                     ["lef1", "rig1"]],
        extra_targets=["left@lef1", "right@rig1", "left@-2", "right@-2"]))

    # 6. forest of two independent labelled bases
    g.append(graph("forest", [
        rev("fa01", labels=["tree_a"]),
        rev("fa02", ["fa01"]),
        rev("fa03", ["fa02"]),
        rev("fb01", labels=["tree_b"]),
        rev("fb02", ["fb01"]),
    ], extra_states=[["fa02", "fb01"], ["fa03", "fb02"]],
        extra_targets=["tree_a@fa02", "tree_b@fa02"]))

    # 7. 3-way merge
    g.append(graph("threeway", [
        rev("tw00"),
        rev("twx1", ["tw00"]),
        rev("twy1", ["tw00"]),
        rev("twz1", ["tw00"]),
        rev("twz2", ["twz1"]),
        rev("twm3", ["twx1", "twy1", "twz2"]),
    ], extra_states=[["twx1", "twy1", "twz2"], ["twx1", "twz1"],
                     ["twx1", "twy1", "twz1"]]))

    # 8. depends_on across branches (by id and by branch label)
    g.append(graph("depends_across", [
        rev("lib1", labels=["lib"]),
        rev("lib2", ["lib1"]),
        rev("lib3", ["lib2"]),
        rev("app1", labels=["app"]),
        rev("app2", ["app1"], deps=["lib2"]),
        rev("app3", ["app2"], deps=["lib"]),
        rev("app4", ["app3"]),
    ], extra_states=[["lib2", "app1"], ["lib3", "app2"], ["lib1", "app1"]]))

    # 9. "effective head": the real head depends_on the other branch's tip
    g.append(graph("effective_head", [
        rev("mn01", labels=["mainline"]),
        rev("mn02", ["mn01"]),
        rev("mn03", ["mn02"], deps=["ot02"]),
        rev("ot01", labels=["other"]),
        rev("ot02", ["ot01"]),
    ], extra_states=[["mn02", "ot02"], ["mn02", "ot01"]]))

    # 10. merge-heavy: chain of 5 diamonds
    revs = [rev("hv00")]
    prev = "hv00"
    for k in range(1, 6):
        a, b, m = "hv%da" % k, "hv%db" % k, "hv%dm" % k
        revs += [rev(a, [prev]), rev(b, [prev]), rev(m, [a, b])]
        prev = m
    g.append(graph("diamond_chain5", revs,
                   extra_states=[["hv2a", "hv2b"], ["hv4a", "hv3m"]],
                   sample=(8, 18)))

    # 11. shared id prefixes (abcd1 / abcd2 / abcd12 / abce3)
    g.append(graph("shared_prefix", [
        rev("abcd1"),
        rev("abcd2", ["abcd1"]),
        rev("abcd12", ["abcd2"]),
        rev("abce3", ["abcd12"]),
        rev("abce3f", ["abce3"]),
    ], extra_targets=["abcd", "abce", "abc", "abcd1+1", "abce-1", "abcd12-2"]))

    # 12. quirk: a 3-way merge one of whose parents (qkx1) is also a
    # depends_on of another parent (qky1).  Alembic runs the merge's
    # upgrade() and then fails with KeyError while updating alembic_version.
    g.append(graph("quirk_merge_dep_parent", [
        rev("qk00"),
        rev("qkx1", ["qk00"]),
        rev("qky1", ["qk00"], deps=["qkx1"]),
        rev("qkw1", ["qk00"]),
        rev("qkm3", ["qky1", "qkw1", "qkx1"]),
    ]))

    return g


# ---------------------------------------------------------------------------
# Random DAGs
# ---------------------------------------------------------------------------

ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
RESERVED = {"head", "heads", "base"}
LABEL_WORDS = ["red", "green", "blue", "amber", "cyan", "lime", "navy", "plum",
               "rose", "sand", "teal", "gold", "jade", "ruby", "onyx", "sage"]


def random_ids(rng, n):
    ids = []
    while len(ids) < n:
        if ids and rng.random() < 0.2:
            stem = rng.choice(ids)[:4]
            cand = stem + "".join(rng.choice(ALNUM) for _ in range(rng.randint(1, 3)))
        else:
            cand = "".join(rng.choice(ALNUM) for _ in range(rng.randint(4, 8)))
        if cand in ids or cand in RESERVED or cand.isdigit():
            continue
        ids.append(cand)
    return ids


def random_graph(seed):
    rng = random.Random(1000 + seed)
    n = rng.randint(4, 14)
    ids = random_ids(rng, n)
    down = [[] for _ in range(n)]
    anc = [set() for _ in range(n)]  # ancestors through down revisions only
    children = [0] * n
    for i in range(n):
        if i > 0 and rng.random() >= 0.12:
            want = 1 if (i < 3 or rng.random() < 0.72) else rng.choice([2, 2, 3])
            heads_now = [c for c in range(i) if children[c] == 0]
            pool = list(range(i))
            rng.shuffle(pool)
            if rng.random() < 0.6:
                rng.shuffle(heads_now)
                pool = heads_now + [p for p in pool if p not in heads_now]
            parents = []
            for c in pool:
                if all(c not in anc[p] and p not in anc[c] for p in parents):
                    parents.append(c)
                if len(parents) == want:
                    break
            down[i] = parents
            for p in parents:
                children[p] += 1
                anc[i] |= anc[p] | {p}

    heads = [i for i in range(n) if children[i] == 0]
    bases = [i for i in range(n) if not down[i]]
    words = LABEL_WORDS[:]
    rng.shuffle(words)
    labels = [[] for _ in range(n)]
    if len(heads) > 1 or len(bases) > 1:
        for i in sorted(set(heads) | set(bases)):
            labels[i].append("br_" + words.pop())
    elif rng.random() < 0.5:
        labels[rng.randrange(n)].append("br_" + words.pop())
    # occasionally a second label on an already-labelled revision
    if rng.random() < 0.2:
        lab = [i for i in range(n) if labels[i]]
        if lab:
            labels[rng.choice(lab)].append("br_" + words.pop())

    def full_ancestry(dep_lists):
        out = []
        for i in range(n):
            a = set()
            for p in down[i] + dep_lists[i]:
                a |= out[p] | {p}
            out.append(a)
        return out

    def merges_ok(fa):
        # no merge point may have a parent that is an ancestor of another
        # parent through depends_on (Alembic crashes on that, see the
        # quirk_merge_dep_parent graph)
        return all(p not in fa[q] for i in range(n) for p in down[i]
                   for q in down[i] if p != q)

    deps = [[] for _ in range(n)]
    dep_idx = [[] for _ in range(n)]
    for i in range(1, n):
        if rng.random() < 0.3:
            cross = [c for c in range(i) if c not in anc[i]]
            if rng.random() < 0.1:
                cross = sorted(anc[i])  # redundant dependency on an ancestor
            if not cross:
                continue
            c = rng.choice(cross)
            trial = [list(d) for d in dep_idx]
            trial[i].append(c)
            if not merges_ok(full_ancestry(trial)):
                continue
            dep_idx = trial
            if labels[c] and rng.random() < 0.5:
                deps[i].append(labels[c][0])
            else:
                deps[i].append(ids[c])

    revs = [rev(ids[i], [ids[p] for p in down[i]], deps[i], labels[i])
            for i in range(n)]
    return graph("random_%02d" % seed, revs, sample=(3, 14))


def all_graphs():
    return hand_written_graphs() + [random_graph(s) for s in range(30)]


# ---------------------------------------------------------------------------
# Project materialisation
# ---------------------------------------------------------------------------

ENV_PY = '''\
from alembic import context
from sqlalchemy import create_engine

config = context.config


def run_migrations_online():
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    try:
        with engine.connect() as connection:
            context.configure(connection=connection,
                              transaction_per_migration=True)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline mode is not used by the oracle")
run_migrations_online()
'''

REV_PY = '''\
"""oracle revision {id}"""
import os

revision = {id!r}
down_revision = {down!r}
branch_labels = {labels!r}
depends_on = {deps!r}

_LOG = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                    os.pardir, os.pardir, "exec.log")


def _log(line):
    with open(_LOG, "a") as fh:
        fh.write(line + "\\n")


def upgrade():
    _log("up " + revision)


def downgrade():
    _log("down " + revision)
'''


def as_alembic_value(items):
    """None for empty, plain string for one, tuple for several."""
    if not items:
        return None
    if len(items) == 1:
        return items[0]
    return tuple(items)


def file_name(rev_id):
    return rev_id + "_rev.py"


def materialise(g, root):
    os.makedirs(os.path.join(root, "migrations", "versions"))
    with open(os.path.join(root, "alembic.ini"), "w") as fh:
        fh.write("[alembic]\n"
                 "script_location = %(here)s/migrations\n"
                 "sqlalchemy.url = sqlite:///" + os.path.join(root, "db.sqlite") + "\n")
    with open(os.path.join(root, "migrations", "env.py"), "w") as fh:
        fh.write(ENV_PY)
    for r in g["revisions"]:
        labels = tuple(r["labels"]) if r["labels"] else None
        src = REV_PY.format(id=r["id"], down=as_alembic_value(r["down"]),
                            labels=labels, deps=as_alembic_value(r["depends_on"]))
        with open(os.path.join(root, "migrations", "versions", file_name(r["id"])), "w") as fh:
            fh.write(src)
    cfg = Config(os.path.join(root, "alembic.ini"))
    return cfg


# ---------------------------------------------------------------------------
# Case running
# ---------------------------------------------------------------------------

class Project:
    def __init__(self, g, root):
        self.root = root
        self.cfg = materialise(g, root)
        self.db = os.path.join(root, "db.sqlite")
        self.log = os.path.join(root, "exec.log")
        self.snapshots = {}

    def rows(self):
        if not os.path.exists(self.db):
            return []
        con = sqlite3.connect(self.db)
        try:
            return sorted(r[0] for r in con.execute("SELECT version_num FROM alembic_version"))
        except sqlite3.OperationalError:
            return []
        finally:
            con.close()

    def clean(self, text):
        return text.replace(self.root, "<project>")

    def prepare_state(self, state):
        """Stamp `state` (list of revision ids or ['heads']) and snapshot the db."""
        key = tuple(state)
        if key in self.snapshots:
            return self.snapshots[key]
        if os.path.exists(self.db):
            os.remove(self.db)
        if state:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                command.stamp(self.cfg, state[0] if len(state) == 1 else list(state))
            self.sort_rows_physically()
        data = None
        if os.path.exists(self.db):
            with open(self.db, "rb") as fh:
                data = fh.read()
        self.snapshots[key] = data
        return data

    def sort_rows_physically(self):
        """Rewrite alembic_version so its physical row order is sorted.

        Alembic reads the table without ORDER BY and some decisions (which
        head 'downgrade -1' picks when there are several) follow that order;
        with this, the first entry of a case's sorted "current" list is also
        the first row Alembic sees."""
        rows = self.rows()
        if REVERSE_ROWS:
            rows.reverse()
        con = sqlite3.connect(self.db)
        try:
            con.execute("DELETE FROM alembic_version")
            con.executemany("INSERT INTO alembic_version (version_num) VALUES (?)",
                            [(r,) for r in rows])
            con.commit()
        finally:
            con.close()

    def restore(self, data):
        if os.path.exists(self.db):
            os.remove(self.db)
        if data is not None:
            with open(self.db, "wb") as fh:
                fh.write(data)

    def run(self, op, state, target):
        self.restore(self.snapshots[tuple(state)])
        current = self.rows()
        open(self.log, "w").close()
        error = None
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                getattr(command, op)(self.cfg, target)
            except Exception as exc:  # record whatever Alembic raises
                error = {"type": type(exc).__name__, "message": self.clean(str(exc))}
        with open(self.log) as fh:
            lines = [ln.split() for ln in fh.read().splitlines() if ln.strip()]
        steps = [{"revision": rid, "direction": d} for d, rid in lines]
        case = {"op": op, "current": current, "target": target,
                "steps": None if error else steps,
                "rows_after": None if error else self.rows(),
                "warnings": [self.clean(str(w.message)) for w in caught],
                "error": error}
        partial = bool(error and steps)
        return case, partial


def ancestry(g):
    """id -> set of ancestor ids via down revisions and (label-resolved) deps."""
    by_id = {r["id"]: r for r in g["revisions"]}
    carrier = {lab: r["id"] for r in g["revisions"] for lab in r["labels"]}
    memo = {}

    def anc(i):
        if i not in memo:
            out = set()
            r = by_id[i]
            for p in r["down"] + [carrier.get(d, d) for d in r["depends_on"]]:
                out |= {p} | anc(p)
            memo[i] = out
        return memo[i]

    return {i: anc(i) for i in by_id}


def starting_states(g):
    ids = [r["id"] for r in g["revisions"]]
    singles = [[i] for i in ids]
    if g["sample"]:
        singles = random.Random("states:" + g["name"]).sample(
            singles, min(g["sample"][0], len(singles)))
    states = [[]] + singles + [["heads"]]
    states += [sorted(s) for s in g["extra_states"]]
    # a few deterministic antichains (sets of mutually unrelated revisions)
    anc = ancestry(g)
    pairs = [sorted(p) for p in itertools.combinations(ids, 2)
             if p[0] not in anc[p[1]] and p[1] not in anc[p[0]]]
    rng = random.Random(g["name"])
    rng.shuffle(pairs)
    for p in pairs[:2]:
        if p not in states:
            states.append(p)
    return states


def targets(g):
    ids = [r["id"] for r in g["revisions"]]
    labels = [lab for r in g["revisions"] for lab in r["labels"]]
    out = ["head", "heads", "base", "+1", "+2", "-1", "-2"]
    out += ids
    for i in ids:
        if len(i) > 4 and i[:4] not in out and i[:4] not in ids:
            out.append(i[:4])  # unique prefix, or an ambiguous one (error case)
    for lab in labels:
        out += [lab, lab + "@head", lab + "@base", lab + "@+1", lab + "@-1"]
    for i in ids:
        out += [i + "+1", i + "-1"]
    for t in g["extra_targets"]:
        if t not in out:
            out.append(t)
    return out


ALWAYS = ["heads", "base", "+1", "-1"]


def is_relative(target):
    return any(c in target.rpartition("@")[2] for c in "+-")


def targets_for(g, state, op):
    """All targets, or for sampled graphs a fixed few plus a seeded sample.
    Alembic's stamp cannot resolve relative targets, so stamp cases leave
    them out."""
    everything = targets(g)
    if op == "stamp":
        everything = [t for t in everything if not is_relative(t)]
    if not g["sample"]:
        return everything
    always = [t for t in ALWAYS if t in everything]
    rest = [t for t in everything if t not in always]
    rng = random.Random("targets:%s:%s:%s" % (g["name"], ",".join(state), op))
    picked = set(rng.sample(rest, min(g["sample"][1], len(rest))))
    return always + [t for t in rest if t in picked]


def graph_facts(cfg, g):
    script = ScriptDirectory.from_config(cfg)
    rmap = script.revision_map
    ids = [r["id"] for r in g["revisions"]]
    return {
        "heads": sorted(script.get_heads()),
        "real_heads": sorted(r.revision for r in rmap.get_revisions("heads")),
        "bases": sorted(script.get_bases()),
        "lineage": {i: sorted(rmap.get_revision(i).branch_labels) for i in ids},
        "branch_points": sorted(i for i in ids if rmap.get_revision(i).is_branch_point),
        "merge_points": sorted(i for i in ids if rmap.get_revision(i).is_merge_point),
    }


def run_graph(g):
    root = tempfile.mkdtemp(prefix="alembic-oracle-")
    try:
        proj = Project(g, root)
        facts = graph_facts(proj.cfg, g)
        states = []
        bad_states = []
        seen_rows = set()
        for s in starting_states(g):
            try:
                proj.restore(proj.prepare_state(s))
            except Exception as exc:
                bad_states.append((s, "%s: %s" % (type(exc).__name__, proj.clean(str(exc)))))
                continue
            rows = tuple(proj.rows())
            if rows in seen_rows:  # e.g. 'heads' on a single-head graph
                continue
            seen_rows.add(rows)
            states.append(s)
        cases = []
        partials = 0
        for state in states:
            for op in ("upgrade", "downgrade", "stamp"):
                for t in targets_for(g, state, op):
                    case, partial = proj.run(op, state, t)
                    partials += partial
                    cases.append(case)
        load_order = sorted(g["revisions"], key=lambda r: file_name(r["id"]))
        doc = {"alembic_version": alembic.__version__, "name": g["name"],
               "revisions": load_order}
        doc.update({k: facts[k] for k in ("heads", "real_heads", "bases", "lineage")})
        doc["branch_points"] = facts["branch_points"]
        doc["merge_points"] = facts["merge_points"]
        doc["cases"] = cases
        return doc, bad_states, partials
    finally:
        shutil.rmtree(root, ignore_errors=True)


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------

def compact(obj):
    return json.dumps(obj, separators=(",", ":"), sort_keys=False)


def dump_doc(doc):
    parts = ["{"]
    keys = [k for k in doc if k != "cases"]
    for k in keys:
        v = doc[k]
        if k == "revisions":
            body = ",\n".join("  " + compact(r) for r in v)
            parts.append('"revisions":[\n%s\n],' % body)
        else:
            parts.append("%s:%s," % (json.dumps(k), compact(v)))
    body = ",\n".join(compact(c) for c in doc["cases"])
    parts.append('"cases":[\n%s\n]' % body)
    parts.append("}")
    return "\n".join(parts) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=DEFAULT_OUT, help="output directory")
    ap.add_argument("--only", action="append", help="only these graph names")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--reverse-rows", action="store_true",
                    help="diagnosis only: store starting rows in reverse order")
    args = ap.parse_args()

    graphs = all_graphs()
    if args.only:
        graphs = [g for g in graphs if g["name"] in args.only]
    os.makedirs(args.out, exist_ok=True)
    if not args.only:
        for f in os.listdir(args.out):
            if f.endswith(".json"):
                os.remove(os.path.join(args.out, f))

    t0 = time.time()
    if args.jobs > 1:
        import multiprocessing
        with multiprocessing.Pool(args.jobs) as pool:
            results = pool.map(run_graph, graphs, chunksize=1)
    else:
        results = [run_graph(g) for g in graphs]

    total_cases = total_bytes = 0
    for doc, bad_states, partials in results:
        text = dump_doc(doc)
        with open(os.path.join(args.out, doc["name"] + ".json"), "w") as fh:
            fh.write(text)
        total_cases += len(doc["cases"])
        total_bytes += len(text.encode())
        for s, msg in bad_states:
            print("%s: could not stamp %s: %s" % (doc["name"], s, msg), file=sys.stderr)
        if partials:
            print("%s: %d cases raised after running some steps" % (doc["name"], partials),
                  file=sys.stderr)
    print("alembic %s: %d graphs, %d cases, %.1f KB, %.0fs -> %s" % (
        alembic.__version__, len(results), total_cases, total_bytes / 1024.0,
        time.time() - t0, args.out))


if __name__ == "__main__":
    main()
