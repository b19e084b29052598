// When a file without a revision header fails, its id is guessed from the file name; ids
// containing '_' (20251018_0002) must not make its child report a missing parent.

static M: migraph::Migrations =
    migraph::migrations!("tests/ui/fixtures/broken-parent-underscore-id");

fn main() {}
