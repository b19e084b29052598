// A label declared on the child of a base labels that base too (Alembic's lineage), so two bases
// compile when only one base declares a label itself.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/label-inherited-upward");

fn main() {
    assert_eq!(
        M.bases().iter().map(|r| r.id()).collect::<Vec<_>>(),
        ["a1", "x1"]
    );
    assert_eq!(
        M.branch_labels(),
        [vec!["core"], vec!["extra"], vec!["extra"]]
    );
    let none: [&str; 0] = [];
    let plan = M.plan_upgrade(&none, "extra@head").unwrap();
    assert_eq!(
        plan.steps().map(|s| s.revision.id()).collect::<Vec<_>>(),
        ["x1", "x2"]
    );
}
