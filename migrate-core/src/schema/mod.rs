//! A database schema as plain data, and the differences between two of them
//! named in words: what `verify` compares before a revision's up and after
//! its down.
//!
//! A [`Snapshot`] is a set of objects (`table trades`, `view v`, `type
//! mood`, `function f(integer)`), each with properties (`definition`,
//! `comment`) and parts (`column fee_bp`, `index trades_ts_idx`, `value
//! 'sad'`) that have properties of their own. Every database's catalog
//! reader fills one through [`Snapshot::add`] with rows of the same shape, so
//! the comparison is written once: [`Snapshot::differences`]. Parts are keyed
//! by name, never by position: a column a down adds back comes last, and is
//! the same column.

mod diff;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet};

/// Properties by name; a property with no value is absent.
pub type Properties = BTreeMap<String, String>;

/// One catalog fact: an object, optionally one of its parts, and optionally
/// one property with its value. Readers return these; [`Snapshot::add`]
/// files them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Fact {
    /// What the object is: `table`, `view`, `sequence`, `function`, ...
    pub kind: String,
    /// Its name, schema-qualified where it is not in the default schema.
    pub name: String,
    /// The part this fact is about (`column`, `index`, `constraint`, ...)
    /// and its name, or none for the object itself.
    pub part: Option<(String, String)>,
    /// The property and its value; a missing value (SQL `NULL`) records only
    /// that the object or part exists.
    pub property: Option<(String, Option<String>)>,
}

/// Names one part of one object.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct PartRef {
    /// The object's kind.
    pub kind: String,
    /// The object's name.
    pub name: String,
    /// The part's kind.
    pub part_kind: String,
    /// The part's name.
    pub part_name: String,
}

/// One object of a schema.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Object {
    /// Its own properties.
    pub properties: Properties,
    /// Its parts, by kind and name.
    pub parts: BTreeMap<(String, String), Properties>,
}

/// An object, or one part of one: what a catalog dependency joins.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Node {
    /// The object's kind.
    pub kind: String,
    /// The object's name.
    pub name: String,
    /// The part's kind and name, or none for the object itself.
    pub part: Option<(String, String)>,
}

/// The object kind of a [`Fact`] that records a dependency: its name is
/// the dependent [`Node`] and its property key the one depended on, each
/// encoded by [`Node::encode`].
pub const DEPENDS: &str = "~depends";

/// The schema of one database at one moment.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Snapshot {
    objects: BTreeMap<(String, String), Object>,
    /// What depends on what (the dependent first), when the reader was
    /// asked for dependencies; never compared.
    dependencies: BTreeSet<(Node, Node)>,
}

impl Snapshot {
    /// An empty schema.
    pub fn new() -> Self {
        Self::default()
    }

    /// Files one fact: creates the object (and part) if needed and sets the
    /// property when it has a value.
    pub fn add(&mut self, fact: Fact) {
        if fact.kind == DEPENDS {
            let referenced = fact.property.as_ref().map(|(key, _)| key.as_str());
            if let (Some(from), Some(to)) =
                (Node::decode(&fact.name), referenced.and_then(Node::decode))
            {
                if from != to {
                    self.dependencies.insert((from, to));
                }
            }
            return;
        }
        let object = self.objects.entry((fact.kind, fact.name)).or_default();
        let properties = match fact.part {
            Some(part) => object.parts.entry(part).or_default(),
            None => &mut object.properties,
        };
        if let Some((key, Some(value))) = fact.property {
            properties.insert(key, value);
        }
    }

    /// Removes an object, if present (our own bookkeeping tables).
    pub fn remove(&mut self, kind: &str, name: &str) {
        self.objects.remove(&(kind.to_owned(), name.to_owned()));
    }

    /// Removes every object of `kind` whose property `key` satisfies `test`
    /// (the sequences owned by our bookkeeping tables).
    pub fn remove_where(&mut self, kind: &str, key: &str, test: impl Fn(&str) -> bool) {
        self.objects.retain(|(k, _), object| {
            k != kind || !object.properties.get(key).is_some_and(|v| test(v))
        });
    }

    /// Removes one part of an object, if present.
    pub fn remove_part(&mut self, part: &PartRef) {
        let key = (part.kind.clone(), part.name.clone());
        if let Some(object) = self.objects.get_mut(&key) {
            object
                .parts
                .remove(&(part.part_kind.clone(), part.part_name.clone()));
        }
    }

    /// The object of `kind` named `name`.
    pub fn get(&self, kind: &str, name: &str) -> Option<&Object> {
        self.objects.get(&(kind.to_owned(), name.to_owned()))
    }

    /// Every object, ordered by kind and name.
    pub fn objects(&self) -> impl Iterator<Item = (&str, &str, &Object)> {
        self.objects
            .iter()
            .map(|((kind, name), object)| (kind.as_str(), name.as_str(), object))
    }

    /// The names of every object of `kind`, in order.
    pub fn names<'s>(&'s self, kind: &'s str) -> impl Iterator<Item = &'s str> {
        self.objects()
            .filter(move |(k, _, _)| *k == kind)
            .map(|(_, name, _)| name)
    }

    /// The object of `kind` named `name`, to change (autogenerate's
    /// intermediate schemas).
    pub fn get_mut(&mut self, kind: &str, name: &str) -> Option<&mut Object> {
        self.objects.get_mut(&(kind.to_owned(), name.to_owned()))
    }

    /// Every dependency (dependent, depended on) the reader recorded.
    pub fn dependencies(&self) -> impl Iterator<Item = (&Node, &Node)> {
        self.dependencies.iter().map(|(a, b)| (a, b))
    }

    /// Records that `dependent` depends on `on`.
    pub fn add_dependency(&mut self, dependent: Node, on: Node) {
        if dependent != on {
            self.dependencies.insert((dependent, on));
        }
    }

    /// How many objects there are.
    pub fn len(&self) -> usize {
        self.objects.len()
    }

    /// Whether there is no object at all.
    pub fn is_empty(&self) -> bool {
        self.objects.is_empty()
    }

    /// What differs in `self` (the schema after a down) from `before` (the
    /// schema before its up), one sentence per difference, in a stable
    /// order: `table trades: column fee_bp remains`, `table trades: index
    /// trades_ts_idx is missing`, `table t: column c default changed from 0
    /// to none`. Empty when the two are the same.
    pub fn differences(&self, before: &Snapshot) -> Vec<String> {
        diff::differences(before, self)
    }
}

/// SQL text a server keeps as written (a function body, SQLite's view
/// text), reduced to what a definition means: whitespace runs become one
/// space, and none is kept next to punctuation; string literals stay as they
/// are. With `fold`, for databases whose identifiers ignore case (SQLite),
/// the rest is lowercased and identifier quotes are dropped.
pub fn squeeze_sql(sql: &str, fold: bool) -> String {
    const PUNCTUATION: &str = "(),;=<>+-*/|.:";
    let mut out = String::with_capacity(sql.len());
    let mut chars = sql.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if fold && matches!(c, '"' | '`' | '[' | ']') {
            continue;
        }
        if space
            && !out.is_empty()
            && !PUNCTUATION.contains(c)
            && !out.ends_with(|p| PUNCTUATION.contains(p))
        {
            out.push(' ');
        }
        space = false;
        if c == '\'' {
            out.push(c);
            while let Some(d) = chars.next() {
                out.push(d);
                if d == '\'' {
                    if chars.peek() == Some(&'\'') {
                        out.extend(chars.next());
                    } else {
                        break;
                    }
                }
            }
        } else if fold {
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out.trim_end_matches(';').to_owned()
}

impl FromIterator<Fact> for Snapshot {
    fn from_iter<I: IntoIterator<Item = Fact>>(facts: I) -> Self {
        let mut snapshot = Snapshot::new();
        for fact in facts {
            snapshot.add(fact);
        }
        snapshot
    }
}

impl Node {
    /// The object itself.
    pub fn object(kind: &str, name: &str) -> Self {
        Node {
            kind: kind.to_owned(),
            name: name.to_owned(),
            part: None,
        }
    }

    /// One part of an object.
    pub fn part(kind: &str, name: &str, part_kind: &str, part_name: &str) -> Self {
        Node {
            kind: kind.to_owned(),
            name: name.to_owned(),
            part: Some((part_kind.to_owned(), part_name.to_owned())),
        }
    }

    /// The node as one string: its four fields joined by `\u{1}` (the
    /// catalog reader writes this form).
    pub fn encode(&self) -> String {
        let (pk, pn) = self.part.clone().unwrap_or_default();
        format!("{}\u{1}{}\u{1}{pk}\u{1}{pn}", self.kind, self.name)
    }

    /// The node [`Node::encode`] wrote.
    pub fn decode(text: &str) -> Option<Self> {
        let mut fields = text.split('\u{1}');
        let (kind, name) = (fields.next()?, fields.next()?);
        let (pk, pn) = (fields.next()?, fields.next()?);
        Some(Node {
            kind: kind.to_owned(),
            name: name.to_owned(),
            part: (!pk.is_empty()).then(|| (pk.to_owned(), pn.to_owned())),
        })
    }
}

impl Fact {
    /// A fact about an object itself.
    pub fn object(kind: &str, name: &str) -> Self {
        Fact {
            kind: kind.to_owned(),
            name: name.to_owned(),
            ..Fact::default()
        }
    }

    /// The same fact, about one part of the object.
    pub fn part(mut self, kind: &str, name: &str) -> Self {
        self.part = Some((kind.to_owned(), name.to_owned()));
        self
    }

    /// The same fact, setting one property (none: only existence).
    pub fn property(mut self, key: &str, value: Option<&str>) -> Self {
        self.property = Some((key.to_owned(), value.map(str::to_owned)));
        self
    }

    /// A fact from the six columns every catalog reader selects: kind, name,
    /// part kind, part name, property, value.
    pub fn from_row(
        (kind, name, part_kind, part_name, key, value): (
            String,
            String,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
        ),
    ) -> Self {
        Fact {
            kind,
            name,
            part: part_kind.zip(part_name),
            property: key.map(|k| (k, value)),
        }
    }
}
