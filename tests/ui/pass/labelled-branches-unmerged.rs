// Two labelled branches that are never merged compile: two heads, and 'heads' plans both.

static M: migraph::Migrations =
    migraph::migrations!("tests/ui/fixtures/labelled-branches-unmerged");

fn main() {
    assert_eq!(M.len(), 4);
    assert_eq!(
        M.heads().iter().map(|r| r.id()).collect::<Vec<_>>(),
        ["b2", "c1"]
    );
    let none: [&str; 0] = [];
    let plan = M.plan_upgrade(&none, "heads").unwrap();
    assert_eq!(
        plan.steps().map(|s| s.revision.id()).collect::<Vec<_>>(),
        ["a1", "b1", "b2", "c1"]
    );
    let plan = M.plan_upgrade(&none, "ingest@head").unwrap();
    assert_eq!(
        plan.steps().map(|s| s.revision.id()).collect::<Vec<_>>(),
        ["a1", "b1", "b2"]
    );
}
