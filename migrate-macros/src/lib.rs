//! The `migrations!()` macro. Implementation detail of the `migraph` facade;
//! not for direct use. Everything below this file works on `proc_macro2`, so
//! it can be unit-tested without rustc.

mod expand;
mod input;
mod quote;
mod signature;

/// Embeds and validates a migration directory at compile time.
///
/// See the `migraph` crate for documentation.
#[proc_macro]
pub fn migrations(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    let args = syn::parse_macro_input!(input as input::Args);
    expand::migrations(args)
        .unwrap_or_else(expand::fallback)
        .into()
}
