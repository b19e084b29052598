// A merge revision with three parents compiles and joins three unlabelled branches into one head.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/three-way-merge");

fn main() {
    assert_eq!(M.len(), 5);
    let merge = M.get("e1").unwrap();
    assert!(merge.is_merge());
    assert_eq!(
        merge.down_revisions().collect::<Vec<_>>(),
        ["b1", "c1", "d1"]
    );
    assert_eq!(M.heads().iter().map(|r| r.id()).collect::<Vec<_>>(), ["e1"]);
    let plan = M.plan_upgrade(&["a1", "c1"], "head").unwrap();
    assert_eq!(
        plan.steps().map(|s| s.revision.id()).collect::<Vec<_>>(),
        ["b1", "d1", "e1"]
    );
}
