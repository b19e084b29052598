// Two labelled bases never merged compile: two bases, two heads, 'heads' plans both trees.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/forest-unmerged");

fn main() {
    assert_eq!(M.len(), 4);
    assert_eq!(
        M.bases().iter().map(|r| r.id()).collect::<Vec<_>>(),
        ["a1", "x1"]
    );
    assert_eq!(
        M.heads().iter().map(|r| r.id()).collect::<Vec<_>>(),
        ["a2", "x2"]
    );
    let none: [&str; 0] = [];
    let plan = M.plan_upgrade(&none, "heads").unwrap();
    assert_eq!(
        plan.steps().map(|s| s.revision.id()).collect::<Vec<_>>(),
        ["a1", "a2", "x1", "x2"]
    );
    let plan = M.plan_upgrade(&none, "extra@head").unwrap();
    assert_eq!(
        plan.steps().map(|s| s.revision.id()).collect::<Vec<_>>(),
        ["x1", "x2"]
    );
}
