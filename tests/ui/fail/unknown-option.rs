// An unknown option after the directory is an error pointing at the option.

static M: migrate::Migrations =
    migrate::migrations!("tests/ui/fixtures/valid-rich", allow_everything);

fn main() {}
