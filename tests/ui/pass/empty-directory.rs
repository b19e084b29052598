// An empty directory (only a dotfile, which is ignored) compiles to an empty set.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/empty-directory");

fn main() {
    assert!(M.is_empty());
    assert_eq!(M.dir(), "tests/ui/fixtures/empty-directory");
    let none: [&str; 0] = [];
    assert!(M.plan_upgrade(&none, "heads").unwrap().is_empty());
}
