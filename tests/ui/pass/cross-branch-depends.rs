// depends_on across labelled branches, by revision id and by branch label, pulls the other branch
// into a plan.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/cross-branch-depends");

fn main() {
    assert_eq!(M.len(), 5);
    let none: [&str; 0] = [];
    // c1 depends on b2 by id.
    let plan = M.plan_upgrade(&none, "c1").unwrap();
    assert_eq!(
        plan.steps().map(|s| s.revision.id()).collect::<Vec<_>>(),
        ["a1", "b1", "b2", "c1"]
    );
    // c2 depends on the label 'ingest' (declared on b1).
    let plan = M.plan_upgrade(&["a1"], "c2").unwrap();
    assert_eq!(plan.len(), 4);
    assert_eq!(
        M.get("c2").unwrap().depends_on().collect::<Vec<_>>(),
        ["ingest"]
    );
    assert_eq!(
        M.real_heads().iter().map(|r| r.id()).collect::<Vec<_>>(),
        ["c2"]
    );
}
