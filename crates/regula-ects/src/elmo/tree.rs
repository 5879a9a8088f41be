//! The XML of a transcript as a tree of elements, each with its namespace, attributes, whole
//! text (entities and CDATA sections resolved) and position: read once, in time linear in the
//! document, without recursion.

use std::collections::HashMap;
use std::rc::Rc;

use quick_xml::NsReader;
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::Event;
use quick_xml::name::ResolveResult;

use super::ElmoError;

/// The deepest nesting read: deeper documents are refused (a transcript's tree is a handful of
/// levels: report, learning opportunities and their parts).
pub const MAX_DEPTH: usize = 256;

/// An element.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Element {
    /// Its local name (without prefix), shared by every element of that name.
    pub(super) name: Rc<str>,
    /// Its namespace, if bound, shared likewise (a 20 MB transcript has hundreds of thousands
    /// of elements and a handful of names).
    pub(super) namespace: Option<Rc<str>>,
    /// Its attributes: (qualified name, shared like element names; value with entities
    /// resolved).
    pub(super) attributes: Vec<(Rc<str>, String)>,
    /// Its own text, every text, entity and CDATA piece in order.
    pub(super) text: String,
    /// Its child elements (indices in the tree).
    pub(super) children: Vec<usize>,
    /// Where it starts: line and column, from 1.
    pub(super) line: u32,
    pub(super) column: u32,
}

impl Element {
    /// The value of an attribute by its qualified name (`type`, `xml:lang`).
    pub(super) fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| &**n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Its text with surrounding whitespace removed (XML Schema `token`, `decimal`, `date`).
    pub(super) fn token(&self) -> &str {
        self.text.trim()
    }
}

/// A document's elements; the root is element 0.
#[derive(Clone, Debug, Default)]
pub(super) struct Tree {
    pub(super) elements: Vec<Element>,
}

impl Tree {
    /// The children of `e` named `name`.
    pub(super) fn children<'t>(
        &'t self,
        e: usize,
        name: &'t str,
    ) -> impl Iterator<Item = usize> + 't {
        self.elements[e]
            .children
            .iter()
            .copied()
            .filter(move |&c| &*self.elements[c].name == name)
    }

    /// The first child of `e` named `name`.
    pub(super) fn child(&self, e: usize, name: &str) -> Option<usize> {
        self.children(e, name).next()
    }

    /// The trimmed text of the first child of `e` named `name`, if not empty.
    pub(super) fn child_token(&self, e: usize, name: &str) -> Option<&str> {
        self.child(e, name)
            .map(|c| self.elements[c].token())
            .filter(|t| !t.is_empty())
    }
}

/// Line and column (from 1) of each byte offset, by the offsets where lines start.
pub(super) struct Lines(Vec<usize>);

impl Lines {
    pub(super) fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines(starts)
    }

    /// The line and column of byte `offset` (the column counts bytes).
    pub(super) fn at(&self, offset: u64) -> (u32, u32) {
        let offset = usize::try_from(offset).unwrap_or(usize::MAX);
        let line = self.0.partition_point(|&s| s <= offset).max(1);
        let start = self.0[line - 1];
        (
            u32::try_from(line).unwrap_or(u32::MAX),
            u32::try_from(offset - start + 1).unwrap_or(u32::MAX),
        )
    }
}

/// Reads `xml` into a tree; not well-formed XML is an error with its line and column.
pub(super) fn parse(xml: &str) -> Result<Tree, ElmoError> {
    let lines = Lines::new(xml);
    let mut reader = NsReader::from_str(xml);
    // Every element opens with a `<`, and most close with one: reserving half of them spares the
    // element vector its doublings (which, on a 20 MB transcript, were its peak memory).
    let tags = xml.bytes().filter(|&b| b == b'<').count();
    let mut tree = Tree {
        elements: Vec::with_capacity(tags / 2 + 1),
    };
    let mut open: Vec<usize> = Vec::new();
    let mut names: HashMap<Vec<u8>, Rc<str>> = HashMap::new();
    let mut intern = |bytes: &[u8]| -> Rc<str> {
        if let Some(name) = names.get(bytes) {
            return Rc::clone(name);
        }
        let name: Rc<str> = Rc::from(String::from_utf8_lossy(bytes).as_ref());
        names.insert(bytes.to_vec(), Rc::clone(&name));
        name
    };
    let error = |offset: u64, message: String| {
        let (line, column) = lines.at(offset);
        ElmoError {
            line,
            column,
            message,
        }
    };
    let malformed =
        |offset: u64, e: &dyn std::fmt::Display| error(offset, format!("not well-formed XML: {e}"));
    loop {
        let offset = reader.buffer_position();
        let (namespace, event) = match reader.read_resolved_event() {
            Ok((ResolveResult::Bound(ns), event)) => (Some(intern(ns.as_ref())), event),
            Ok((_, event)) => (None, event),
            Err(e) => return Err(malformed(reader.error_position(), &e)),
        };
        match event {
            Event::Start(ref start) | Event::Empty(ref start) => {
                if open.len() >= MAX_DEPTH {
                    return Err(error(
                        offset,
                        format!("elements nested deeper than {MAX_DEPTH} levels"),
                    ));
                }
                let mut attributes = Vec::new();
                for attribute in start.attributes() {
                    let attribute = attribute.map_err(|e| malformed(offset, &e))?;
                    let value = attribute
                        .decode_and_unescape_value(reader.decoder())
                        .map_err(|e| malformed(offset, &e))?;
                    attributes.push((intern(attribute.key.as_ref()), value.into_owned()));
                }
                let (line, column) = lines.at(offset);
                let index = tree.elements.len();
                tree.elements.push(Element {
                    name: intern(start.local_name().as_ref()),
                    namespace,
                    attributes,
                    text: String::new(),
                    children: Vec::new(),
                    line,
                    column,
                });
                match open.last() {
                    Some(&parent) => tree.elements[parent].children.push(index),
                    None if index > 0 => {
                        return Err(error(offset, "more than one root element".into()));
                    }
                    None => {}
                }
                if matches!(event, Event::Start(_)) {
                    open.push(index);
                }
            }
            Event::End(_) => {
                open.pop();
            }
            Event::Text(text) => {
                if let Some(&e) = open.last() {
                    let text = text.xml_content().map_err(|e| malformed(offset, &e))?;
                    tree.elements[e].text.push_str(&text);
                }
            }
            Event::CData(data) => {
                if let Some(&e) = open.last() {
                    let text = data.decode().map_err(|e| malformed(offset, &e))?;
                    tree.elements[e].text.push_str(&text);
                }
            }
            Event::GeneralRef(reference) => {
                let resolved = match reference.resolve_char_ref() {
                    Ok(Some(c)) => Some(c.to_string()),
                    Ok(None) => reference
                        .decode()
                        .ok()
                        .and_then(|name| resolve_predefined_entity(&name).map(str::to_owned)),
                    Err(e) => return Err(malformed(offset, &e)),
                };
                let Some(resolved) = resolved else {
                    let name = String::from_utf8_lossy(&reference).into_owned();
                    return Err(error(
                        offset,
                        format!("the entity &{name}; is not one of XML's five and is not declared"),
                    ));
                };
                if let Some(&e) = open.last() {
                    tree.elements[e].text.push_str(&resolved);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if let Some(&e) = open.last() {
        let element = &tree.elements[e];
        return Err(ElmoError {
            line: element.line,
            column: element.column,
            message: format!("the document ends inside <{}>", element.name),
        });
    }
    if tree.elements.is_empty() {
        return Err(error(0, "not XML: no element".into()));
    }
    Ok(tree)
}
