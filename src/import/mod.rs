//! `overens import`: a compact's Word document (.docx) made into its folder of Markdown.
//! The document is read for its structure, not its looks ([`read`]: the package, its XML,
//! styles, numbering and body), its principles are found (`split`), and the folder is
//! written as `overens new` writes one (`write`), or only shown (`--preview`).
//!
//! [`read`] takes the file's bytes and nothing else, so that it can be tested, and fuzzed,
//! on its own: whatever the bytes, it answers with a document or an [`ImportError`], in
//! bounded time and memory.

mod body;
mod guess;
mod markdown;
mod model;
mod numbering;
mod package;
mod split;
mod styles;
mod text;
mod write;
mod xml;

use std::collections::HashMap;

pub use model::{plain_text, Block, Cell, Document, Inline, LeftOut, ListItem, Paragraph, Table};
pub(crate) use split::Rule;
pub(crate) use write::{import, Options, Outcome};

use body::BodyReader;
use numbering::Numbering;
use package::{Kind, Package};
use styles::Styles;

/// Why a file could not be read as a Word document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// A Word 97–2003 document (.doc).
    Doc,
    /// A password-protected (encrypted) Office document.
    Encrypted,
    /// An Office file in the old format, either a .doc or encrypted: it cannot be told which.
    OldOrEncrypted,
    /// A PDF.
    Pdf,
    /// An OpenDocument text (.odt).
    Odt,
    /// A Rich Text Format file (.rtf).
    Rtf,
    /// Not a zip, so not a .docx.
    NotZip,
    /// A zip without a Word document in it.
    NotWord,
    /// A zip that unpacks to far more than a document would (a zip bomb).
    Bomb,
    /// A zip of far more parts than a document has.
    TooManyParts,
    /// A part that cannot be unpacked.
    Broken(String),
    /// A part whose XML cannot be read.
    Xml(String),
    /// A part whose XML declares a document type (and so could declare entities).
    Declarations(String),
}

/// Reads a .docx from its bytes: its title, its blocks in order, its footnotes, the
/// tracked changes it holds (read as accepted), and what could not be carried over.
pub fn read(bytes: &[u8]) -> Result<Document, ImportError> {
    match package::sniff(bytes) {
        Kind::Zip => {}
        Kind::Encrypted => return Err(ImportError::Encrypted),
        Kind::Doc => return Err(ImportError::Doc),
        Kind::Ole => return Err(ImportError::OldOrEncrypted),
        Kind::Pdf => return Err(ImportError::Pdf),
        Kind::Rtf => return Err(ImportError::Rtf),
        Kind::Unknown => return Err(ImportError::NotZip),
    }
    let mut package = Package::open(bytes)?;
    let package_rels = relationships(&mut package, "_rels/.rels", "")?;
    let main = package_rels
        .iter()
        .find(|r| r.kind.ends_with("/officeDocument"))
        .map_or_else(|| "word/document.xml".to_owned(), |r| r.target.clone());
    let Some(main_bytes) = package.part(&main)? else {
        return Err(ImportError::NotWord);
    };
    let root = xml::parse(&main, &main_bytes)?;
    drop(main_bytes);
    if root.name != "document" {
        return Err(ImportError::NotWord);
    }
    let folder = main.rsplit_once('/').map_or("", |(folder, _)| folder);
    let name = main.rsplit('/').next().unwrap_or(&main);
    let rels = relationships(&mut package, &format!("{folder}/_rels/{name}.rels"), folder)?;
    let part = |kind: &str, package: &mut Package| -> Result<Option<xml::Element>, ImportError> {
        let Some(rel) = rels.iter().find(|r| r.kind.ends_with(kind)) else {
            return Ok(None);
        };
        match package.part(&rel.target)? {
            Some(bytes) => xml::parse(&rel.target, &bytes).map(Some),
            None => Ok(None),
        }
    };
    let styles = part("/styles", &mut package)?;
    let numbering = part("/numbering", &mut package)?;
    let footnotes = part("/footnotes", &mut package)?;
    let endnotes = part("/endnotes", &mut package)?;
    let comments = part("/comments", &mut package)?;
    let core = package_rels
        .iter()
        .find(|r| r.kind.ends_with("/core-properties"))
        .map(|r| r.target.clone());
    let core = match core {
        Some(target) => match package.part(&target)? {
            Some(bytes) => Some(xml::parse(&target, &bytes)?),
            None => None,
        },
        None => None,
    };

    let styles = styles.as_ref().map(Styles::read).unwrap_or_default();
    let numbering = numbering.as_ref().map(Numbering::read).unwrap_or_default();
    let mut reader = BodyReader::new(&styles, numbering);
    reader.links = rels
        .iter()
        .filter(|r| r.kind.ends_with("/hyperlink"))
        .map(|r| (r.id.clone(), r.target.clone()))
        .collect();
    reader.footnotes = notes(footnotes.as_ref(), "footnote");
    reader.endnotes = notes(endnotes.as_ref(), "endnote");
    reader.document.changes = body::count_changes(&root)
        + footnotes.as_ref().map_or(0, body::count_changes)
        + endnotes.as_ref().map_or(0, body::count_changes);
    let mut blocks = Vec::new();
    if let Some(body) = root.child("body") {
        reader.blocks(body, &mut blocks);
    }
    reader.finish(&mut blocks);
    let mut document = reader.document;
    document.blocks = blocks;
    document.title = core
        .as_ref()
        .and_then(|c| c.child("title"))
        .map(|t| t.text().split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|t| !t.is_empty());
    for rel in rels
        .iter()
        .filter(|r| r.kind.ends_with("/header") || r.kind.ends_with("/footer"))
    {
        if let Some(bytes) = package.part(&rel.target)? {
            let text = text::all_text(&xml::parse(&rel.target, &bytes)?);
            let left = LeftOut::HeaderFooter(text);
            if !matches!(&left, LeftOut::HeaderFooter(t) if t.is_empty())
                && !document.left_out.contains(&left)
            {
                document.left_out.push(left);
            }
        }
    }
    if let Some(comments) = &comments {
        for comment in comments.elements().filter(|e| e.name == "comment") {
            document.left_out.push(LeftOut::Comment {
                author: comment.attr("author").unwrap_or_default().to_owned(),
                text: text::all_text(comment),
            });
        }
    }
    Ok(document)
}

/// A relationship of a part: its id, its type and its target, as a path in the package
/// (or an address, for an external link).
struct Relationship {
    id: String,
    kind: String,
    target: String,
}

fn relationships(
    package: &mut Package,
    name: &str,
    folder: &str,
) -> Result<Vec<Relationship>, ImportError> {
    let Some(bytes) = package.part(name)? else {
        return Ok(Vec::new());
    };
    let root = xml::parse(name, &bytes)?;
    Ok(root
        .elements()
        .filter(|e| e.name == "Relationship")
        .filter_map(|e| {
            let target = e.attr("Target")?;
            let external = e.attr("TargetMode") == Some("External");
            let target = if external {
                target.to_owned()
            } else if let Some(absolute) = target.strip_prefix('/') {
                absolute.to_owned()
            } else if folder.is_empty() {
                target.to_owned()
            } else {
                format!("{folder}/{target}")
            };
            Some(Relationship {
                id: e.attr("Id")?.to_owned(),
                kind: e.attr("Type")?.to_owned(),
                target,
            })
        })
        .collect())
}

/// The footnotes (or endnotes) of a part by their ids, Word's separators left out.
fn notes<'a>(root: Option<&'a xml::Element>, name: &str) -> HashMap<String, &'a xml::Element> {
    let Some(root) = root else {
        return HashMap::new();
    };
    root.elements()
        .filter(|e| e.name == name && e.attr("type").is_none_or(|t| t == "normal"))
        .filter_map(|e| Some((e.attr("id")?.to_owned(), e)))
        .collect()
}

#[cfg(test)]
mod tests;
