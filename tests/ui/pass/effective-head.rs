// A real head that depends_on another labelled branch's tip compiles: the tip is an effective
// head, 'heads' upgrades to the real head and still applies everything.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/effective-head");

fn main() {
    assert_eq!(
        M.heads().iter().map(|r| r.id()).collect::<Vec<_>>(),
        ["b1", "c1"]
    );
    assert_eq!(
        M.real_heads().iter().map(|r| r.id()).collect::<Vec<_>>(),
        ["c1"]
    );
    let none: [&str; 0] = [];
    let plan = M.plan_upgrade(&none, "heads").unwrap();
    assert_eq!(
        plan.steps().map(|s| s.revision.id()).collect::<Vec<_>>(),
        ["a1", "b1", "c1"]
    );
}
