// The directory must be a string literal.

static M: migraph::Migrations = migraph::migrations!(tests / ui / fixtures);

fn main() {}
