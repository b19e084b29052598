//! Code generation: the validated set as one string literal (decoded on
//! first use); each Rust code revision as a module of the crate with a
//! wrapper per function; and, where no build script watches the
//! directory, `include_str!` of every file so that at least edits rebuild.

use std::path::{Path, PathBuf};

use migraph_core::Migrations;
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

pub struct QuoteMigrations<'a> {
    pub migrations: &'a Migrations,
    /// Files to track with `include_str!`; empty when `build.rs` watches
    /// the directory (cargo then rebuilds on any change in it).
    pub tracked: &'a [PathBuf],
    /// The directory on disk, where the code revisions' files are.
    pub abs_dir: &'a Path,
}

impl QuoteMigrations<'_> {
    pub fn to_tokens(&self) -> TokenStream {
        let tracked = self
            .tracked
            .iter()
            .map(|path| path.to_string_lossy().into_owned());
        let code = self.code_revisions();
        quote! {
            {
                #( const _: &str = ::core::include_str!(#tracked); )*
                #code
            }
        }
    }

    /// The code revisions' modules and wrappers, and the expression that
    /// builds the set with them. A code revision's file becomes a module
    /// (`#[path]`), so rustc reports its errors at its own lines; each
    /// wrapper passes the runner's connection to the function, whose
    /// signature `call_code` checks.
    fn code_revisions(&self) -> TokenStream {
        let dir = self.migrations.dir();
        let policy = self.migrations.policy();
        let heads = policy.allow_multiple_heads;
        let bases = policy.allow_multiple_bases;
        let encoded = self.migrations.__encode();
        let mut items = Vec::new();
        let mut entries = Vec::new();
        for (i, revision) in self
            .migrations
            .revisions()
            .iter()
            .filter(|r| r.is_code())
            .enumerate()
        {
            let name = Path::new(revision.file())
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let path = self.abs_dir.join(name).to_string_lossy().into_owned();
            let module = Ident::new(&format!("__migraph_code_{i}"), Span::call_site());
            let up = Ident::new(&format!("__migraph_up_{i}"), Span::call_site());
            let down = Ident::new(&format!("__migraph_down_{i}"), Span::call_site());
            items.push(quote! {
                #[path = #path]
                mod #module;
                fn #up<'a>(
                    conn: &'a mut (dyn ::core::any::Any + ::core::marker::Send),
                ) -> ::migraph::__private::CodeFuture<'a> {
                    ::migraph::__private::call_code(conn, #module::up)
                }
            });
            let down_entry = if revision.is_reversible() {
                items.push(quote! {
                    fn #down<'a>(
                        conn: &'a mut (dyn ::core::any::Any + ::core::marker::Send),
                    ) -> ::migraph::__private::CodeFuture<'a> {
                        ::migraph::__private::call_code(conn, #module::down)
                    }
                });
                quote! { ::core::option::Option::Some(#down) }
            } else {
                quote! { ::core::option::Option::None }
            };
            let id = revision.id();
            entries.push(quote! {
                ::migraph::__private::CodeEntry { revision: #id, up: #up, down: #down_entry }
            });
        }
        let count = entries.len();
        quote! {
            #( #items )*
            static __MIGRAPH_CODE: [::migraph::__private::CodeEntry; #count] = [ #( #entries ),* ];
            ::migraph::__private::Migrations::__from_encoded(#dir, #encoded, #heads, #bases, &__MIGRAPH_CODE)
        }
    }
}
