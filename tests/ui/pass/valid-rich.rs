// Two labelled branches and an unlabelled one, merged by a 3-way merge, with a cross-branch
// depends_on on a label, compile and plan in canonical order.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/valid-rich");

fn main() {
    assert_eq!(M.len(), 6);
    assert_eq!(M.heads().iter().map(|r| r.id()).collect::<Vec<_>>(), ["e1"]);
    assert_eq!(M.bases().iter().map(|r| r.id()).collect::<Vec<_>>(), ["a1"]);
    let none: [&str; 0] = [];
    let plan = M.plan_upgrade(&none, "heads").unwrap();
    assert_eq!(
        plan.steps().map(|s| s.revision.id()).collect::<Vec<_>>(),
        ["a1", "b1", "b2", "c1", "d1", "e1"]
    );
    // c1 depends on the label 'ingest', declared on b1.
    let plan = M.plan_upgrade(&none, "c1").unwrap();
    assert_eq!(
        plan.steps().map(|s| s.revision.id()).collect::<Vec<_>>(),
        ["a1", "b1", "c1"]
    );
    assert_eq!(M.get("e1").unwrap().message(), Some("consolidate heads"));
}
