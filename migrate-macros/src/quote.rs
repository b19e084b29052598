//! Code generation: the validated set as one string literal (decoded on
//! first use), plus, where no build script watches the directory,
//! `include_str!` of every file so that at least edits rebuild.

use std::path::PathBuf;

use migraph_core::Migrations;
use proc_macro2::TokenStream;
use quote::quote;

pub struct QuoteMigrations<'a> {
    pub migrations: &'a Migrations,
    /// Files to track with `include_str!`; empty when `build.rs` watches
    /// the directory (cargo then rebuilds on any change in it).
    pub tracked: &'a [PathBuf],
}

impl QuoteMigrations<'_> {
    pub fn to_tokens(&self) -> TokenStream {
        let dir = self.migrations.dir();
        let policy = self.migrations.policy();
        let heads = policy.allow_multiple_heads;
        let bases = policy.allow_multiple_bases;
        let encoded = self.migrations.__encode();
        let tracked = self
            .tracked
            .iter()
            .map(|path| path.to_string_lossy().into_owned());
        quote! {
            {
                #( const _: &str = ::core::include_str!(#tracked); )*
                ::migraph::__private::Migrations::__from_encoded(#dir, #encoded, #heads, #bases)
            }
        }
    }
}
