// An unknown option after the directory is an error pointing at the option.

static M: migraph::Migrations =
    migraph::migrations!("tests/ui/fixtures/valid-rich", allow_everything);

fn main() {}
