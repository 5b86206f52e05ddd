//! A paragraph's text made clean as the reader saw it: what Word keeps but does not show
//! (soft hyphens, zero-width spaces) taken out, tabs and runs of spaces made one space,
//! neighbours of the same emphasis joined; and the links the site makes.

use super::model::{Block, Inline};
use super::xml::Element;

/// Whether the site makes a link of an address (as the build does: web, e-mail, phone).
pub(crate) fn is_safe(address: &str) -> bool {
    let lower = address.to_ascii_lowercase();
    ["https://", "http://", "mailto:", "tel:"]
        .iter()
        .any(|scheme| lower.starts_with(scheme))
}

/// The address of a `HYPERLINK "…"` field.
pub(crate) fn hyperlink(instruction: &str) -> Option<String> {
    let rest = instruction.trim().strip_prefix("HYPERLINK")?;
    let address = rest.split('"').nth(1)?;
    is_safe(address).then(|| address.to_owned())
}

/// The text of every `t` below an element, for notes and comments.
pub(crate) fn all_text(element: &Element) -> String {
    let mut text = String::new();
    for e in element.descendants() {
        match e.name.as_str() {
            "t" => text.push_str(&e.text()),
            "p" if !text.is_empty() => text.push(' '),
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A block in a table cell, as lines of text: a nested table gives its cells' lines.
pub(crate) fn cell_text(block: Block) -> Vec<Vec<Inline>> {
    match block {
        Block::Paragraph(p) => {
            let mut inlines = p.inlines;
            if let Some(item) = p.list {
                inlines.insert(0, Inline::plain(&format!("{} ", item.label)));
            }
            vec![inlines]
        }
        Block::Table(table) => table
            .rows
            .into_iter()
            .flatten()
            .flat_map(|cell| cell.paragraphs)
            .collect(),
    }
}

/// Cleans a paragraph's text of what Word keeps but a reader does not see (soft hyphens,
/// zero-width spaces) or sees as one space (tabs, runs of spaces), trims it, and joins
/// neighbours of the same emphasis.
pub(crate) fn tidy(inlines: Vec<Inline>) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::new();
    for inline in inlines {
        match inline {
            Inline::Text {
                text,
                bold,
                italic,
                link,
            } => {
                let text: String = text
                    .chars()
                    .filter(|c| !matches!(c, '\u{ad}' | '\u{200b}' | '\u{feff}'))
                    .map(|c| {
                        if matches!(c, '\t' | '\n' | '\r') {
                            ' '
                        } else {
                            c
                        }
                    })
                    .collect();
                if let Some(Inline::Text {
                    text: last,
                    bold: b,
                    italic: i,
                    link: l,
                }) = out.last_mut()
                {
                    if *b == bold && *i == italic && *l == link {
                        last.push_str(&text);
                        continue;
                    }
                }
                out.push(Inline::Text {
                    text,
                    bold,
                    italic,
                    link,
                });
            }
            other => out.push(other),
        }
    }
    for inline in &mut out {
        if let Inline::Text { text, .. } = inline {
            while text.contains("  ") {
                *text = text.replace("  ", " ");
            }
        }
    }
    trim_ends(&mut out);
    out
}

fn trim_ends(out: &mut Vec<Inline>) {
    while let Some(Inline::Text { text, .. }) = out.first_mut() {
        let trimmed = text.trim_start();
        if trimmed.is_empty() {
            out.remove(0);
        } else {
            *text = trimmed.to_owned();
            break;
        }
    }
    while matches!(out.first(), Some(Inline::Break)) {
        out.remove(0);
    }
    loop {
        match out.last_mut() {
            Some(Inline::Text { text, .. }) => {
                let trimmed = text.trim_end();
                if trimmed.is_empty() {
                    out.pop();
                } else {
                    *text = trimmed.to_owned();
                    break;
                }
            }
            Some(Inline::Break) => {
                out.pop();
            }
            _ => break,
        }
    }
}
