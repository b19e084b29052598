//! A small syntax tree of a PostgreSQL section, built from the events of
//! squawk's parser: nodes in preorder with their depth, so a rule can ask
//! "is there an `ADD_CONSTRAINT` under this `ALTER_TABLE`" without squawk's
//! full typed tree.

use squawk_parser::{EntryPoint, LexedStr, StrStep, SyntaxKind};

/// One node or token.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Element<'a> {
    pub kind: SyntaxKind,
    pub depth: u32,
    /// The token's text; empty for a node.
    pub text: &'a str,
    /// Byte offset in the section where it starts.
    pub offset: usize,
    pub is_token: bool,
}

/// A parsed section.
#[derive(Debug)]
pub(crate) struct Tree<'a> {
    pub elements: Vec<Element<'a>>,
}

/// A handle on one node of a [`Tree`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Node<'t, 'a> {
    tree: &'t Tree<'a>,
    index: usize,
}

impl<'a> Tree<'a> {
    /// Parses `sql` (error-tolerant: a statement the parser does not know
    /// still yields nodes for the rest).
    pub fn parse(sql: &'a str) -> Tree<'a> {
        let lexed = LexedStr::new(sql);
        let output = EntryPoint::SourceFile.parse(&lexed.to_input());
        let mut elements = Vec::new();
        let mut depth = 0u32;
        let mut offset = 0usize;
        lexed.intersperse_trivia(&output, &mut |step| match step {
            StrStep::Enter { kind } => {
                elements.push(Element {
                    kind,
                    depth,
                    text: "",
                    offset,
                    is_token: false,
                });
                depth += 1;
            }
            StrStep::Exit => depth = depth.saturating_sub(1),
            StrStep::Token { kind, text } => {
                // The event's text borrows the lexer; the section outlives it.
                let end = (offset + text.len()).min(sql.len());
                elements.push(Element {
                    kind,
                    depth,
                    text: &sql[offset..end],
                    offset,
                    is_token: true,
                });
                offset = end;
            }
            StrStep::Error { .. } => {}
        });
        // Node offsets were taken before their leading trivia was attached:
        // a node starts at its first token.
        for i in 0..elements.len() {
            if !elements[i].is_token {
                let depth = elements[i].depth;
                if let Some(first) = elements[i + 1..]
                    .iter()
                    .take_while(|e| e.depth > depth)
                    .find(|e| e.is_token && !is_trivia(e.kind))
                {
                    elements[i].offset = first.offset;
                }
            }
        }
        Tree { elements }
    }

    /// The statements: the nodes right under the root.
    pub fn statements<'t>(&'t self) -> impl Iterator<Item = Node<'t, 'a>> + 't {
        self.elements
            .iter()
            .enumerate()
            .filter(|(_, e)| e.depth == 1 && !e.is_token)
            .map(move |(index, _)| Node { tree: self, index })
    }
}

/// Whitespace and comments.
pub(crate) fn is_trivia(kind: SyntaxKind) -> bool {
    matches!(kind, SyntaxKind::WHITESPACE | SyntaxKind::COMMENT)
}

impl<'t, 'a> Node<'t, 'a> {
    pub fn kind(&self) -> SyntaxKind {
        self.tree.elements[self.index].kind
    }

    /// Byte offset of the node's first token in the section.
    pub fn offset(&self) -> usize {
        self.tree.elements[self.index].offset
    }

    fn element(&self) -> &'t Element<'a> {
        &self.tree.elements[self.index]
    }

    /// Everything under this node, in preorder.
    fn subtree(&self) -> &'t [Element<'a>] {
        let depth = self.element().depth;
        let rest = &self.tree.elements[self.index + 1..];
        let len = rest.iter().take_while(|e| e.depth > depth).count();
        &rest[..len]
    }

    /// Byte offset just after the node's last token.
    pub fn end(&self) -> usize {
        self.subtree()
            .iter()
            .rev()
            .find(|e| e.is_token && !is_trivia(e.kind))
            .map_or(self.offset(), |e| e.offset + e.text.len())
    }

    /// Direct children nodes.
    pub fn children(&self) -> impl Iterator<Item = Node<'t, 'a>> + 't {
        let depth = self.element().depth + 1;
        let tree = self.tree;
        let start = self.index + 1;
        self.subtree()
            .iter()
            .enumerate()
            .filter(move |(_, e)| e.depth == depth && !e.is_token)
            .map(move |(i, _)| Node {
                tree,
                index: start + i,
            })
    }

    /// Every node under this one, in preorder.
    pub fn descendants(&self) -> impl Iterator<Item = Node<'t, 'a>> + 't {
        let tree = self.tree;
        let start = self.index + 1;
        self.subtree()
            .iter()
            .enumerate()
            .filter(|(_, e)| !e.is_token)
            .map(move |(i, _)| Node {
                tree,
                index: start + i,
            })
    }

    /// The first direct child of `kind`.
    pub fn child(&self, kind: SyntaxKind) -> Option<Node<'t, 'a>> {
        self.children().find(|n| n.kind() == kind)
    }

    /// The first node of `kind` anywhere under this one.
    pub fn find(&self, kind: SyntaxKind) -> Option<Node<'t, 'a>> {
        self.descendants().find(|n| n.kind() == kind)
    }

    /// Whether a direct token of `kind` belongs to this node.
    pub fn has_token(&self, kind: SyntaxKind) -> bool {
        let depth = self.element().depth + 1;
        self.subtree()
            .iter()
            .any(|e| e.is_token && e.depth == depth && e.kind == kind)
    }

    /// The node's tokens without trivia, as written.
    pub fn tokens(&self) -> impl Iterator<Item = (SyntaxKind, &'a str)> + 't {
        self.subtree()
            .iter()
            .filter(|e| e.is_token && !is_trivia(e.kind))
            .map(|e| (e.kind, e.text))
    }

    /// The node's text with trivia collapsed to single spaces.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for (_, text) in self.tokens() {
            if !out.is_empty()
                && !matches!(text, "." | "(" | ")" | ",")
                && !out.ends_with(['.', '('])
            {
                out.push(' ');
            }
            out.push_str(text);
        }
        out
    }
}
