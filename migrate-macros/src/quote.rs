//! Code generation: a `Migrations` value built from `const fn`s over
//! `'static` data, plus `include_str!` of every file so edits rebuild.

use std::path::PathBuf;

use migrate_core::{Migrations, Revision};
use proc_macro2::TokenStream;
use quote::{quote, ToTokens};

pub struct QuoteMigrations<'a> {
    pub migrations: &'a Migrations,
    pub tracked: &'a [PathBuf],
}

impl QuoteMigrations<'_> {
    pub fn to_tokens(&self) -> TokenStream {
        let dir = self.migrations.dir();
        let policy = self.migrations.policy();
        let heads = policy.allow_multiple_heads;
        let bases = policy.allow_multiple_bases;
        let tracked = self
            .tracked
            .iter()
            .map(|path| path.to_string_lossy().into_owned());
        let revisions = self.migrations.revisions().iter().map(QuoteRevision);
        quote! {
            {
                #( const _: &str = ::core::include_str!(#tracked); )*
                ::migrate::__private::Migrations::__from_static(
                    #dir,
                    const { &[ #( #revisions ),* ] },
                    #heads,
                    #bases,
                )
            }
        }
    }
}

struct QuoteRevision<'a>(&'a Revision);

impl ToTokens for QuoteRevision<'_> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let r = self.0;
        let id = r.id();
        let file = r.file();
        let message = option(r.message());
        let down_revisions = strs(r.down_revisions());
        let depends_on = strs(r.depends_on());
        let labels = strs(r.branch_labels());
        let transactional = r.is_transactional();
        let up = r.up_sql();
        let up_line = r.up_line();
        let down = option(r.down_sql());
        let down_line = r.down_line();
        let checksum = r.checksum().as_bytes().to_vec();
        let parents = r.parent_indices();
        let dependencies = r.dependency_indices();
        tokens.extend(quote! {
            ::migrate::__private::Revision::__from_static(
                #id, #file, #message,
                &[ #( #down_revisions ),* ],
                &[ #( #depends_on ),* ],
                &[ #( #labels ),* ],
                #transactional,
                #up, #up_line,
                #down, #down_line,
                [ #( #checksum ),* ],
                &[ #( #parents ),* ],
                &[ #( #dependencies ),* ],
            )
        });
    }
}

fn option(value: Option<&str>) -> TokenStream {
    match value {
        Some(v) => quote!(::core::option::Option::Some(#v)),
        None => quote!(::core::option::Option::None),
    }
}

fn strs<'a>(items: impl Iterator<Item = &'a str>) -> Vec<TokenStream> {
    items
        .map(|s| quote!(::std::borrow::Cow::Borrowed(#s)))
        .collect()
}
