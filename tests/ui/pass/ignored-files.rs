// *.md files and dotfiles next to migrations are ignored.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/ignored-files");

fn main() {
    assert_eq!(M.len(), 2);
    assert_eq!(
        M.revisions().iter().map(|r| r.id()).collect::<Vec<_>>(),
        ["a1", "b1"]
    );
}
