//! The document's body read in order into blocks: each paragraph with what its style and
//! numbering make it, its runs with their emphasis and links, footnotes numbered as they
//! are referred to, and tracked changes read as accepted. Whatever cannot be carried over
//! (pictures, comments, hidden text) is noted, never dropped without a word.

use std::collections::HashMap;

use super::model::{Block, Cell, Document, Inline, LeftOut, Paragraph, Table};
use super::numbering::Numbering;
use super::styles::Styles;
use super::text::{all_text, cell_text, hyperlink, is_safe, tidy};
use super::xml::Element;

/// Reads a body, knowing the document's styles, lists, links and notes.
pub(crate) struct BodyReader<'a> {
    pub(crate) styles: &'a Styles,
    pub(crate) numbering: Numbering,
    /// Relationship ids of external links, with their addresses.
    pub(crate) links: HashMap<String, String>,
    /// Footnotes and endnotes by their ids.
    pub(crate) footnotes: HashMap<String, &'a Element>,
    pub(crate) endnotes: HashMap<String, &'a Element>,
    /// Footnote ids in the order they were first referred to.
    noted: Vec<String>,
    pub(crate) document: Document,
    /// Complex fields open around the current run: their instruction, and whether their
    /// result (the text shown) has begun.
    fields: Vec<(String, bool)>,
    /// The text of a paragraph whose mark was deleted, joined to the next when accepted.
    carried: Vec<Inline>,
    contents_noted: bool,
}

/// Emphasis and link around a run.
#[derive(Debug, Clone, Default)]
struct Around {
    bold: Option<bool>,
    italic: Option<bool>,
    link: Option<String>,
}

/// Tracked changes: WordprocessingML's revision elements.
const CHANGES: [&str; 15] = [
    "ins",
    "del",
    "moveFrom",
    "moveTo",
    "rPrChange",
    "pPrChange",
    "sectPrChange",
    "tblPrChange",
    "trPrChange",
    "tcPrChange",
    "numberingChange",
    "cellIns",
    "cellDel",
    "cellMerge",
    "tblGridChange",
];

/// Counts the tracked changes in a part.
pub(crate) fn count_changes(root: &Element) -> usize {
    root.descendants()
        .iter()
        .filter(|e| CHANGES.contains(&e.name.as_str()))
        .count()
}

impl<'a> BodyReader<'a> {
    /// A reader with nothing read yet.
    pub(crate) fn new(styles: &'a Styles, numbering: Numbering) -> BodyReader<'a> {
        BodyReader {
            styles,
            numbering,
            links: HashMap::new(),
            footnotes: HashMap::new(),
            endnotes: HashMap::new(),
            noted: Vec::new(),
            document: Document::default(),
            fields: Vec::new(),
            carried: Vec::new(),
            contents_noted: false,
        }
    }

    /// Reads the blocks of `parent` (the body, a content control, a cell).
    pub(crate) fn blocks(&mut self, parent: &Element, out: &mut Vec<Block>) {
        for child in parent.elements() {
            match child.name.as_str() {
                "p" => self.paragraph(child, out),
                "tbl" => {
                    let table = self.table(child);
                    out.push(Block::Table(table));
                }
                "sdt" => {
                    if let Some(content) = child.child("sdtContent") {
                        self.blocks(content, out);
                    }
                }
                "customXml" | "ins" | "moveTo" | "smartTag" => self.blocks(child, out),
                _ => {}
            }
        }
    }

    /// Ends the body: a paragraph whose deleted mark had nothing after it.
    pub(crate) fn finish(&mut self, out: &mut Vec<Block>) {
        let carried = std::mem::take(&mut self.carried);
        let inlines = tidy(carried);
        if !inlines.is_empty() {
            out.push(Block::Paragraph(Paragraph {
                inlines,
                ..Paragraph::default()
            }));
        }
    }

    fn paragraph(&mut self, p: &Element, out: &mut Vec<Block>) {
        let ppr = p.child("pPr");
        let style = ppr.and_then(|p| p.child_val("pStyle")).unwrap_or("Normal");
        let meaning = self.styles.meaning(style);
        let mut inlines = std::mem::take(&mut self.carried);
        self.inlines(p, &Around::default(), &mut inlines);
        if meaning.contents {
            // A table of contents is made from the headings; the site makes its own.
            if !self.contents_noted {
                self.contents_noted = true;
                self.document.left_out.push(LeftOut::Contents);
            }
            return;
        }
        let mark_deleted = ppr
            .and_then(|p| p.child("rPr"))
            .is_some_and(|r| r.child("del").is_some() || r.child("moveFrom").is_some());
        let heading = match ppr.and_then(|p| p.child_val("outlineLvl")) {
            Some(level) => level.parse::<u8>().ok().filter(|l| *l < 9).map(|l| l + 1),
            None => meaning.heading,
        };
        let numbering = match ppr.and_then(|p| p.child("numPr")) {
            Some(num) => {
                let style_numbering = meaning.numbering.clone();
                let id = num
                    .child_val("numId")
                    .map(str::to_owned)
                    .or_else(|| style_numbering.clone().map(|(id, _)| id));
                let level = num
                    .child_val("ilvl")
                    .and_then(|l| l.parse().ok())
                    .or(style_numbering.map(|(_, l)| l))
                    .unwrap_or(0);
                id.map(|id| (id, level))
            }
            None => meaning.numbering.clone(),
        };
        let list = match numbering {
            Some((id, level)) if id != "0" => self.numbering.next(&id, level),
            _ => None,
        };
        if mark_deleted {
            self.carried = inlines;
            return;
        }
        let inlines = tidy(inlines);
        if inlines.is_empty() {
            return;
        }
        out.push(Block::Paragraph(Paragraph {
            heading,
            title: meaning.title,
            list,
            quote: meaning.quote,
            inlines,
        }));
    }

    fn table(&mut self, tbl: &Element) -> Table {
        let mut table = Table::default();
        let mut merged = false;
        for tr in tbl.elements().filter(|e| e.name == "tr") {
            let mut row = Vec::new();
            for tc in tr.elements().filter(|e| e.name == "tc") {
                let tcpr = tc.child("tcPr");
                let span: usize = tcpr
                    .and_then(|t| t.child_val("gridSpan"))
                    .and_then(|s| s.parse().ok())
                    .unwrap_or(1)
                    .clamp(1, 64);
                let continued = tcpr
                    .and_then(|t| t.child("vMerge"))
                    .is_some_and(|v| v.attr("val") != Some("restart"));
                let mut blocks = Vec::new();
                self.blocks(tc, &mut blocks);
                let paragraphs = blocks.into_iter().flat_map(cell_text).collect();
                let cell = if continued {
                    Cell {
                        paragraphs: Vec::new(),
                        merged: true,
                    }
                } else {
                    Cell {
                        paragraphs,
                        merged: false,
                    }
                };
                merged |= continued || span > 1;
                row.push(cell);
                for _ in 1..span {
                    row.push(Cell {
                        paragraphs: Vec::new(),
                        merged: true,
                    });
                }
            }
            table.rows.push(row);
        }
        if merged {
            self.document.left_out.push(LeftOut::MergedCells);
        }
        table
    }

    fn inlines(&mut self, parent: &Element, around: &Around, out: &mut Vec<Inline>) {
        for child in parent.elements() {
            match child.name.as_str() {
                "r" => self.run(child, around, out),
                "hyperlink" => {
                    let mut inner = around.clone();
                    if let Some(target) = child.attr("r:id").and_then(|id| self.links.get(id)) {
                        if is_safe(target) {
                            inner.link = Some(target.clone());
                        } else {
                            self.document.left_out.push(LeftOut::Link(target.clone()));
                        }
                    }
                    self.inlines(child, &inner, out);
                }
                "fldSimple" => {
                    let mut inner = around.clone();
                    if let Some(target) = child.attr("instr").and_then(hyperlink) {
                        inner.link = Some(target);
                    }
                    self.inlines(child, &inner, out);
                }
                "ins" | "moveTo" | "smartTag" | "customXml" | "sdtContent" | "sdt" => {
                    self.inlines(child, around, out)
                }
                _ => {}
            }
        }
    }

    fn run(&mut self, r: &Element, around: &Around, out: &mut Vec<Inline>) {
        let rpr = r.child("rPr");
        let (style_bold, style_italic) = rpr
            .and_then(|r| r.child_val("rStyle"))
            .map_or((None, None), |id| self.styles.emphasis(id));
        let bold = rpr
            .and_then(|r| r.toggle("b"))
            .or(style_bold)
            .or(around.bold);
        let italic = rpr
            .and_then(|r| r.toggle("i"))
            .or(style_italic)
            .or(around.italic);
        let hidden = rpr.and_then(|r| r.toggle("vanish")).unwrap_or(false);
        let field_link = self
            .fields
            .iter()
            .rev()
            .find_map(|(instruction, _)| hyperlink(instruction));
        let link = field_link.or_else(|| around.link.clone());
        let text = |text: &str| Inline::Text {
            text: text.to_owned(),
            bold: bold.unwrap_or(false),
            italic: italic.unwrap_or(false),
            link: link.clone(),
        };
        let mut pieces = Vec::new();
        for child in r.elements() {
            let in_instruction = self.fields.iter().any(|(_, result)| !result);
            match child.name.as_str() {
                "t" if !in_instruction => pieces.push(text(&child.text())),
                "instrText" => {
                    if let Some((instruction, _)) = self.fields.last_mut() {
                        instruction.push_str(&child.text());
                    }
                }
                "fldChar" => match child.attr("fldCharType") {
                    Some("begin") => self.fields.push((String::new(), false)),
                    Some("separate") => {
                        if let Some(field) = self.fields.last_mut() {
                            field.1 = true;
                        }
                    }
                    Some("end") => {
                        self.fields.pop();
                    }
                    _ => {}
                },
                _ if in_instruction => {}
                "tab" | "ptab" => pieces.push(text(" ")),
                "noBreakHyphen" => pieces.push(text("-")),
                "br" if matches!(child.attr("type"), Some("page" | "column")) => {}
                "br" | "cr" => pieces.push(Inline::Break),
                "footnoteReference" => {
                    if let Some(number) = child.attr("id").and_then(|id| self.note(id)) {
                        pieces.push(Inline::Note(number));
                    }
                }
                "endnoteReference" => {
                    let note = child.attr("id").and_then(|id| self.endnotes.get(id));
                    let text = note.map(|n| all_text(n)).unwrap_or_default();
                    self.document.left_out.push(LeftOut::Endnote(text));
                }
                "drawing" | "pict" => self.picture(child),
                "object" => self.document.left_out.push(LeftOut::Object),
                _ => {}
            }
        }
        if hidden {
            let text = super::model::plain_text(&pieces);
            if !text.trim().is_empty() {
                self.document
                    .left_out
                    .push(LeftOut::Hidden(text.trim().to_owned()));
            }
            return;
        }
        out.extend(pieces);
    }

    fn picture(&mut self, drawing: &Element) {
        let all = drawing.descendants();
        if let Some(text_box) = all.iter().find(|e| e.name == "txbxContent") {
            let text = all_text(text_box);
            self.document.left_out.push(LeftOut::TextBox(text));
            return;
        }
        let alt = all
            .iter()
            .find_map(|e| match e.name.as_str() {
                "docPr" => e.attr("descr").or(e.attr("title")),
                "shape" => e.attr("alt"),
                "imagedata" => e.attr("title"),
                _ => None,
            })
            .unwrap_or_default();
        self.document.left_out.push(LeftOut::Image {
            alt: alt.trim().to_owned(),
        });
    }

    /// The number of footnote `id`, reading it the first time it is referred to.
    fn note(&mut self, id: &str) -> Option<usize> {
        if let Some(at) = self.noted.iter().position(|n| n == id) {
            return Some(at + 1);
        }
        let note = *self.footnotes.get(id)?;
        self.noted.push(id.to_owned());
        let number = self.noted.len();
        self.document.notes.push(Vec::new());
        let mut inlines = Vec::new();
        for p in note.elements().filter(|e| e.name == "p") {
            if !inlines.is_empty() {
                inlines.push(Inline::plain(" "));
            }
            self.inlines(p, &Around::default(), &mut inlines);
        }
        inlines.retain(|i| !matches!(i, Inline::Note(_)));
        self.document.notes[number - 1] = tidy(inlines);
        Some(number)
    }
}
