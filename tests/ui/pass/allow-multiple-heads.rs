// Two unlabelled heads compile with the allow_multiple_heads option, which the value remembers.

static M: migraph::Migrations = migraph::migrations!(
    "tests/ui/fixtures/allow-multiple-heads",
    allow_multiple_heads
);

fn main() {
    assert_eq!(
        M.heads().iter().map(|r| r.id()).collect::<Vec<_>>(),
        ["b1", "c1"]
    );
    assert!(M.policy().allow_multiple_heads);
    assert!(!M.policy().allow_multiple_bases);
    let none: [&str; 0] = [];
    assert_eq!(M.plan_upgrade(&none, "heads").unwrap().len(), 3);
}
