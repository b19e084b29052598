// Two labelled bases (a forest) merged later compile: two bases, one head.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/forest-merged");

fn main() {
    assert_eq!(M.len(), 5);
    assert_eq!(
        M.bases().iter().map(|r| r.id()).collect::<Vec<_>>(),
        ["a1", "x1"]
    );
    assert_eq!(M.heads().iter().map(|r| r.id()).collect::<Vec<_>>(), ["m1"]);
    let none: [&str; 0] = [];
    let plan = M.plan_upgrade(&none, "head").unwrap();
    assert_eq!(
        plan.steps().map(|s| s.revision.id()).collect::<Vec<_>>(),
        ["a1", "a2", "x1", "x2", "m1"]
    );
}
