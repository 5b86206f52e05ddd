//! Word's styles, read for what they mean rather than how they look: which are headings
//! (by outline level, or by being one of Word's built-in headings, or based on one, through
//! the `basedOn` chain, so that a municipality's "Rubrik 1 Kommun" is a heading too), which
//! are the title and quotations, which carry a list's numbering, and which character
//! styles make text bold or italic.

use std::collections::HashMap;

use super::xml::Element;

/// One style, as written.
#[derive(Debug, Default)]
struct Style {
    name: String,
    based_on: Option<String>,
    outline: Option<u8>,
    numbering: Option<(String, u8)>,
    bold: Option<bool>,
    italic: Option<bool>,
}

/// The styles of a document, by their ids.
#[derive(Debug, Default)]
pub(crate) struct Styles {
    by_id: HashMap<String, Style>,
}

/// What a paragraph style makes of a paragraph.
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct Meaning {
    /// Heading level, 1 to 9.
    pub(crate) heading: Option<u8>,
    pub(crate) title: bool,
    pub(crate) quote: bool,
    /// A table of contents' line, which Word makes from the headings.
    pub(crate) contents: bool,
    /// The list the style numbers its paragraphs in, and the level.
    pub(crate) numbering: Option<(String, u8)>,
}

/// Longer `basedOn` chains than this are loops.
const LONGEST_CHAIN: usize = 32;

impl Styles {
    /// Reads `word/styles.xml`.
    pub(crate) fn read(root: &Element) -> Styles {
        let mut by_id = HashMap::new();
        for style in root.elements().filter(|e| e.name == "style") {
            let Some(id) = style.attr("styleId") else {
                continue;
            };
            let ppr = style.child("pPr");
            let rpr = style.child("rPr");
            let numbering = ppr.and_then(|p| p.child("numPr")).and_then(|n| {
                let id = n.child_val("numId")?.to_owned();
                let level = n
                    .child_val("ilvl")
                    .and_then(|l| l.parse().ok())
                    .unwrap_or(0);
                Some((id, level))
            });
            by_id.insert(
                id.to_owned(),
                Style {
                    name: style.child_val("name").unwrap_or(id).to_owned(),
                    based_on: style.child_val("basedOn").map(str::to_owned),
                    outline: ppr
                        .and_then(|p| p.child_val("outlineLvl"))
                        .and_then(|v| v.parse().ok()),
                    numbering,
                    bold: rpr.and_then(|r| r.toggle("b")),
                    italic: rpr.and_then(|r| r.toggle("i")),
                },
            );
        }
        Styles { by_id }
    }

    /// The style and those it is based on, nearest first.
    fn chain<'a>(&'a self, id: &'a str) -> impl Iterator<Item = (&'a str, &'a Style)> + 'a {
        let mut next = Some(id);
        std::iter::from_fn(move || {
            let id = next?;
            let style = self.by_id.get(id)?;
            next = style.based_on.as_deref();
            Some((id, style))
        })
        .take(LONGEST_CHAIN)
    }

    /// What the paragraph style `id` makes of a paragraph.
    pub(crate) fn meaning(&self, id: &str) -> Meaning {
        let mut meaning = Meaning::default();
        let mut outline_found = false;
        for (id, style) in self.chain(id) {
            let known = builtin(id, &style.name);
            if !outline_found {
                if let Some(level) = style.outline {
                    outline_found = true;
                    meaning.heading = (level < 9).then_some(level + 1);
                } else if let Some(Builtin::Heading(level)) = known {
                    outline_found = true;
                    meaning.heading = Some(level);
                }
            }
            match known {
                Some(Builtin::Title) => meaning.title = true,
                Some(Builtin::Quote) => meaning.quote = true,
                Some(Builtin::Contents) => meaning.contents = true,
                _ => {}
            }
            if meaning.numbering.is_none() {
                meaning.numbering = style.numbering.clone();
            }
        }
        if meaning.title {
            meaning.heading = None;
        }
        meaning
    }

    /// Whether the character style `id` makes text bold and italic.
    pub(crate) fn emphasis(&self, id: &str) -> (Option<bool>, Option<bool>) {
        let mut bold = None;
        let mut italic = None;
        for (_, style) in self.chain(id) {
            bold = bold.or(style.bold);
            italic = italic.or(style.italic);
        }
        (bold, italic)
    }
}

/// The built-in styles that say what a paragraph is.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Builtin {
    Heading(u8),
    Title,
    Quote,
    Contents,
}

/// Knows a built-in style by its name (Word writes the English name, "heading 1", whatever
/// the language it shows; LibreOffice "Heading 1") or by its id (Swedish Word's ids are
/// Swedish: "Rubrik1", "Rubrik", "Citat").
fn builtin(id: &str, name: &str) -> Option<Builtin> {
    for word in [name, id] {
        let word = word.to_lowercase().replace([' ', '_', '-'], "");
        for prefix in ["heading", "rubrik", "überschrift"] {
            if let Some(level) = word.strip_prefix(prefix) {
                if let Ok(level @ 1..=9) = level.parse::<u8>() {
                    return Some(Builtin::Heading(level));
                }
            }
        }
        for prefix in ["toc", "innehåll", "innehall", "contents"] {
            if let Some(level) = word.strip_prefix(prefix) {
                if level.parse::<u8>().is_ok() || level == "heading" {
                    return Some(Builtin::Contents);
                }
            }
        }
        match word.as_str() {
            "title" | "rubrik" => return Some(Builtin::Title),
            "quote" | "intensequote" | "citat" | "starktcitat" | "quotations" => {
                return Some(Builtin::Quote)
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::xml::parse;

    const STYLES: &str = r#"<w:styles xmlns:w="w">
      <w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/></w:style>
      <w:style w:type="paragraph" w:styleId="KommunRubrik"><w:name w:val="Kommunens rubrik"/><w:basedOn w:val="Rubrik1"/></w:style>
      <w:style w:type="paragraph" w:styleId="Egen"><w:name w:val="Egen"/><w:basedOn w:val="KommunRubrik"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Brodtext"><w:name w:val="Brödtext"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr><w:basedOn w:val="Rubrik1"/></w:style>
      <w:style w:type="paragraph" w:styleId="Rubrik"><w:name w:val="Title"/></w:style>
      <w:style w:type="paragraph" w:styleId="Citat"><w:name w:val="Quote"/></w:style>
      <w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="B"/></w:style>
      <w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/></w:style>
      <w:style w:type="character" w:styleId="Stark"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
    </w:styles>"#;

    #[test]
    fn headings_are_found_through_the_based_on_chain() {
        let styles = Styles::read(&parse("styles", STYLES.as_bytes()).expect("xml"));
        assert_eq!(styles.meaning("Rubrik1").heading, Some(1));
        assert_eq!(styles.meaning("KommunRubrik").heading, Some(1));
        assert_eq!(
            styles.meaning("Egen").heading,
            Some(3),
            "its own outline level"
        );
        assert_eq!(
            styles.meaning("Brodtext").heading,
            None,
            "outline level 9 is body text"
        );
        assert!(styles.meaning("Rubrik").title);
        assert_eq!(styles.meaning("Rubrik").heading, None);
        assert!(styles.meaning("Citat").quote);
        assert_eq!(styles.meaning("A"), Meaning::default(), "a loop ends");
        assert_eq!(styles.meaning("Saknas"), Meaning::default());
        assert_eq!(styles.emphasis("Stark"), (Some(true), None));
    }
}
