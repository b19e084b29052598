// Two unlabelled bases compile with allow_multiple_bases (a trailing comma is accepted).

static M: migraph::Migrations = migraph::migrations!(
    "tests/ui/fixtures/allow-multiple-bases",
    allow_multiple_bases,
);

fn main() {
    assert_eq!(
        M.bases().iter().map(|r| r.id()).collect::<Vec<_>>(),
        ["a1", "b1"]
    );
    assert!(M.policy().allow_multiple_bases);
    assert_eq!(M.heads().iter().map(|r| r.id()).collect::<Vec<_>>(), ["c1"]);
}
