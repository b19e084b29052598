// An irreversible revision and a comment-only no-op revision compile; a downgrade across the
// irreversible one is refused.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/irreversible-and-noop");

fn main() {
    let noop = M.get("b1").unwrap();
    assert_eq!(
        noop.up_sql().trim(),
        "-- nothing to do: the column already exists everywhere"
    );
    assert_eq!(noop.down_sql(), Some(""));
    let irreversible = M.get("c1").unwrap();
    assert!(!irreversible.is_reversible());
    assert_eq!(irreversible.down_sql(), None);
    let all = ["a1", "b1", "c1"];
    assert!(M.plan_downgrade(&all, "b1").is_err());
    assert_eq!(M.plan_downgrade(&["a1", "b1"], "a1").unwrap().len(), 1);
}
