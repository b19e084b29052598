// Code revisions are revisions like any other: a labelled base, a merge (irreversible, outside
// a transaction), depended on by a SQL revision.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/code-graph");

fn main() {
    let kinds: Vec<(&str, bool)> = M.revisions().iter().map(|r| (r.id(), r.is_code())).collect();
    assert_eq!(kinds, [("a1", true), ("b1", false), ("c1", true), ("d1", false)]);
    let c1 = &M.revisions()[2];
    assert!(c1.is_merge() && !c1.is_reversible() && !c1.is_transactional());
    assert!(M.code("a1").is_some_and(|code| code.down.is_some()));
    assert!(M.code("c1").is_some_and(|code| code.down.is_none()));
    assert!(M.code("b1").is_none());
}
