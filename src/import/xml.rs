//! The XML of a .docx's parts read into a small tree. Word's XML is data, never a place for
//! declarations: a document type declaration (where entities, and so "billion laughs",
//! would be declared) is refused, and so is nesting deeper than any real document goes.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::ImportError;

/// More elements than a document of some 800 pages has (LibreOffice writes a dozen a
/// paragraph, Word some more), and few enough that reading them takes about a second and
/// their tree some 400 MB at the most.
const MOST_ELEMENTS: usize = 1_000_000;

/// Elements of looks alone, which nothing here reads: skipped, not kept, so that a real
/// document's tree is a fraction of its XML.
const LOOKS: [&str; 24] = [
    "rFonts",
    "sz",
    "szCs",
    "lang",
    "color",
    "spacing",
    "ind",
    "jc",
    "kern",
    "noProof",
    "lastRenderedPageBreak",
    "proofErr",
    "bookmarkStart",
    "bookmarkEnd",
    "shd",
    "bidi",
    "tabs",
    "highlight",
    "webHidden",
    "snapToGrid",
    "keepNext",
    "keepLines",
    "widowControl",
    "contextualSpacing",
];

/// Nesting deeper than this is not a document Word or LibreOffice wrote (their deepest is
/// tables in tables, some tens of levels), and would cost stack to walk.
const DEEPEST: usize = 200;

/// An element: its local name (`p` for `w:p`), its attributes and what it holds.
#[derive(Debug, Default)]
pub(crate) struct Element {
    pub(crate) name: String,
    /// `(name, value)`, the name without its prefix, except `r:` (relationships), kept
    /// apart because `w:id` and `r:id` can stand on one element.
    attributes: Vec<(String, String)>,
    pub(crate) children: Vec<Node>,
}

/// What an element holds.
#[derive(Debug)]
pub(crate) enum Node {
    Element(Element),
    Text(String),
}

impl Element {
    /// The value of an attribute, by local name (`val`, `id`, or `r:id`).
    pub(crate) fn attr(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// The child elements.
    pub(crate) fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|node| match node {
            Node::Element(element) => Some(element),
            Node::Text(_) => None,
        })
    }

    /// The first child element named `name`.
    pub(crate) fn child(&self, name: &str) -> Option<&Element> {
        self.elements().find(|e| e.name == name)
    }

    /// The `val` attribute of the child named `name` (`<w:pStyle w:val="x"/>`).
    pub(crate) fn child_val(&self, name: &str) -> Option<&str> {
        self.child(name).and_then(|c| c.attr("val"))
    }

    /// Whether a toggle such as `<w:b/>` is on: present, and not `val="0"` or `false`.
    pub(crate) fn toggle(&self, name: &str) -> Option<bool> {
        self.child(name)
            .map(|c| !matches!(c.attr("val"), Some("0" | "false" | "off" | "none")))
    }

    /// The text directly inside the element.
    pub(crate) fn text(&self) -> String {
        self.children
            .iter()
            .filter_map(|node| match node {
                Node::Text(text) => Some(text.as_str()),
                Node::Element(_) => None,
            })
            .collect()
    }

    /// Every element below this one, depth first, in document order.
    pub(crate) fn descendants(&self) -> Vec<&Element> {
        let mut found = Vec::new();
        let mut stack: Vec<&Element> = self.elements().collect();
        stack.reverse();
        while let Some(element) = stack.pop() {
            found.push(element);
            let before = stack.len();
            stack.extend(element.elements());
            stack[before..].reverse();
        }
        found
    }
}

/// Reads one part's XML into its root element. `part` names it in messages.
pub(crate) fn parse(part: &str, bytes: &[u8]) -> Result<Element, ImportError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::Xml(part.to_owned()))?;
    let mut reader = Reader::from_str(text);
    reader.config_mut().check_end_names = true;
    let mut stack: Vec<Element> = vec![Element::default()];
    let broken = || ImportError::Xml(part.to_owned());
    let mut elements = 0;
    loop {
        let event = reader.read_event().map_err(|_| broken())?;
        match event {
            Event::DocType(_) => return Err(ImportError::Declarations(part.to_owned())),
            Event::Start(_) | Event::Empty(_) if elements == MOST_ELEMENTS => {
                return Err(ImportError::Bomb)
            }
            Event::Start(start) if is_looks(&start) => {
                elements += 1;
                reader.read_to_end(start.name()).map_err(|_| broken())?;
            }
            Event::Empty(start) if is_looks(&start) => elements += 1,
            Event::Start(start) => {
                elements += 1;
                if stack.len() > DEEPEST {
                    return Err(broken());
                }
                stack.push(element(&start).ok_or_else(broken)?);
            }
            Event::Empty(start) => {
                elements += 1;
                let element = element(&start).ok_or_else(broken)?;
                let parent = stack.last_mut().ok_or_else(broken)?;
                parent.children.push(Node::Element(element));
            }
            Event::End(_) => {
                let mut done = stack.pop().ok_or_else(broken)?;
                done.children.shrink_to_fit();
                let parent = stack.last_mut().ok_or_else(broken)?;
                parent.children.push(Node::Element(done));
            }
            Event::Text(text) => {
                let text = text.unescape().map_err(|_| broken())?;
                if let Some(parent) = stack.last_mut() {
                    parent.children.push(Node::Text(text.into_owned()));
                }
            }
            Event::CData(data) => {
                let text = std::str::from_utf8(&data).map_err(|_| broken())?;
                if let Some(parent) = stack.last_mut() {
                    parent.children.push(Node::Text(text.to_owned()));
                }
            }
            Event::Eof => break,
            Event::Decl(_) | Event::PI(_) | Event::Comment(_) => {}
        }
    }
    let mut document = stack
        .pop()
        .filter(|_| stack.is_empty())
        .ok_or_else(broken)?;
    let root = document.children.drain(..).find_map(|node| match node {
        Node::Element(element) => Some(element),
        Node::Text(_) => None,
    });
    root.ok_or_else(broken)
}

fn is_looks(start: &BytesStart) -> bool {
    let name = start.local_name();
    LOOKS.iter().any(|looks| looks.as_bytes() == name.as_ref())
}

fn element(start: &BytesStart) -> Option<Element> {
    let name = std::str::from_utf8(start.local_name().into_inner())
        .ok()?
        .to_owned();
    let mut attributes = Vec::new();
    for attribute in start.attributes() {
        let attribute = attribute.ok()?;
        let local = std::str::from_utf8(attribute.key.local_name().into_inner()).ok()?;
        let key = match attribute.key.prefix() {
            Some(prefix) if prefix.into_inner() == b"r" => format!("r:{local}"),
            _ => local.to_owned(),
        };
        let value = attribute.unescape_value().ok()?.into_owned();
        attributes.push((key, value));
    }
    attributes.shrink_to_fit();
    Some(Element {
        name,
        attributes,
        children: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_names_attributes_and_text() {
        let root = parse(
            "word/document.xml",
            br#"<?xml version="1.0"?><w:p xmlns:w="x" xmlns:r="y"><w:r r:id="a" w:id="b"><w:t xml:space="preserve"> &amp; </w:t></w:r></w:p>"#,
        )
        .expect("parses");
        assert_eq!(root.name, "p");
        let run = root.child("r").expect("run");
        assert_eq!(run.attr("r:id"), Some("a"));
        assert_eq!(run.attr("id"), Some("b"));
        assert_eq!(run.child("t").expect("t").text(), " & ");
    }

    #[test]
    fn refuses_declarations_and_broken_xml() {
        let laughs = br#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><w:document>&lol2;</w:document>"#;
        assert!(matches!(
            parse("word/document.xml", laughs),
            Err(ImportError::Declarations(_))
        ));
        assert!(matches!(
            parse("word/document.xml", b"<a><b></a>"),
            Err(ImportError::Xml(_))
        ));
        assert!(matches!(
            parse("word/document.xml", b"<a>&unknown;</a>"),
            Err(ImportError::Xml(_))
        ));
        let deep = "<a>".repeat(10_000);
        assert!(parse("word/document.xml", deep.as_bytes()).is_err());
        let many = format!("<a>{}</a>", "<b/>".repeat(MOST_ELEMENTS));
        assert_eq!(
            parse("word/document.xml", many.as_bytes()).err(),
            Some(ImportError::Bomb)
        );
    }
}
