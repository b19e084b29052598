// A comment of the shape '-- word: text' before '-- migrate:up' is read as a header key, so '--
// TODO: ...' there is an unknown key (move prose into a section).

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/prose-comment-in-header");

fn main() {}
