//! Finding the principles: under a heading that names them ("Principer", "Våra
//! principer", "Värdegrund", "Åtaganden"…), the headings or the numbered list that repeat
//! there; or else numbered headings or a numbered list repeated in the body; or what
//! `--split` says. Whatever the rule, every block is either in a principle or in the
//! compact's own text: nothing is dropped.

use super::model::{plain_text, Block, Document, Inline, Paragraph};
use super::numbering::typed_number;

/// How a document is split into principles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rule {
    /// Found by the importer.
    Found,
    /// Each heading of this level starts a principle (`--split rubrik:2`).
    Heading(u8),
    /// Each item of the first numbered list starts one (`--split lista`).
    List,
    /// No principles: the whole text is the compact's (`--split ingen`).
    None,
}

impl Rule {
    /// Reads `--split`'s value: `rubrik:N`, `lista`, `ingen` (or `heading:N`, `list`,
    /// `none`).
    pub(crate) fn parse(value: &str) -> Option<Rule> {
        let value = value.trim().to_lowercase();
        match value.as_str() {
            "lista" | "list" => return Some(Rule::List),
            "ingen" | "none" => return Some(Rule::None),
            _ => {}
        }
        let (word, level) = value.split_once(':')?;
        let level: u8 = level.trim().parse().ok().filter(|l| (1..=9).contains(l))?;
        matches!(word.trim(), "rubrik" | "heading").then_some(Rule::Heading(level))
    }
}

/// One principle found: its title, its number, and its text's blocks.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found {
    pub(crate) title: String,
    /// Note marks of the title, which a title cannot carry: they go with the text.
    pub(crate) title_notes: Vec<usize>,
    pub(crate) order: u32,
    pub(crate) blocks: Vec<Block>,
    /// The heading level of its title, for the headings in its text; `None` for a list.
    pub(crate) level: Option<u8>,
}

/// The document split: its title, its own text, and its principles.
#[derive(Debug)]
pub(crate) struct Split {
    pub(crate) title: Option<String>,
    pub(crate) text: Vec<Block>,
    pub(crate) principles: Vec<Found>,
    /// What found them: a heading level, or a list.
    pub(crate) by: Option<Rule>,
    /// The heading they were found under.
    pub(crate) under: Option<String>,
}

/// Splits `document` by `rule`.
pub(crate) fn split(document: &Document, rule: Rule) -> Split {
    let mut blocks = document.blocks.clone();
    let title = take_title(document, &mut blocks);
    let mut under = None;
    let (by, marks) = match rule {
        Rule::None => (None, Vec::new()),
        Rule::Heading(level) => (Some(rule), heading_starts(&blocks, 0, blocks.len(), level)),
        Rule::List => match best_list(&blocks, 0, blocks.len(), 2, true) {
            Some(starts) => (Some(Rule::List), starts),
            None => (None, Vec::new()),
        },
        Rule::Found => {
            let (by, marks, heading) = find(&blocks);
            under = heading;
            (by, marks)
        }
    };
    let (text, principles) = cut(blocks, &marks, by);
    Split {
        title,
        text,
        principles,
        by: by.filter(|_| !marks.is_empty()),
        under,
    }
}

/// The title: the paragraph of Word's style Title (Rubrik), which the reader sees; else the
/// document's property (often left from a template, so second); else its first heading.
/// The paragraph that says it is taken out of the text.
fn take_title(document: &Document, blocks: &mut Vec<Block>) -> Option<String> {
    let text_at = |blocks: &[Block], i: usize| match &blocks[i] {
        Block::Paragraph(p) => plain_text(&p.inlines).trim().to_owned(),
        Block::Table(_) => String::new(),
    };
    let styled = blocks
        .iter()
        .position(|b| matches!(b, Block::Paragraph(p) if p.title));
    if let Some(i) = styled {
        let title = text_at(blocks, i);
        blocks.remove(i);
        return Some(title);
    }
    let heading = blocks
        .iter()
        .position(|b| matches!(b, Block::Paragraph(p) if p.heading.is_some()));
    match (&document.title, heading) {
        (Some(title), Some(i)) => {
            if same(&text_at(blocks, i), title) {
                blocks.remove(i);
            }
            Some(title.clone())
        }
        (Some(title), None) => Some(title.clone()),
        (None, Some(i)) => {
            let title = text_at(blocks, i);
            blocks.remove(i);
            Some(title)
        }
        (None, None) => None,
    }
}

fn same(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    words(a) == words(b)
}

/// A heading's or list item's paragraph at `i`.
fn paragraph(blocks: &[Block], i: usize) -> Option<&Paragraph> {
    match blocks.get(i) {
        Some(Block::Paragraph(p)) => Some(p),
        _ => None,
    }
}

/// Whether a heading's words name the principles.
fn names_principles(text: &str) -> bool {
    let text = text.to_lowercase();
    let text = match typed_number(&text) {
        Some((_, rest)) => rest.to_owned(),
        None => text,
    };
    let text = text.trim().trim_end_matches([':', '.']);
    let last = text.split_whitespace().last().unwrap_or_default();
    last.ends_with("principer")
        || last.ends_with("principerna")
        || last == "principles"
        || matches!(
            text,
            "värdegrund" | "vår värdegrund" | "gemensam värdegrund"
        )
        || last == "åtaganden"
        || last == "åtagandena"
}

/// Finds the principles: under a heading that names them, else numbered headings or a
/// numbered list repeated in the body.
fn find(blocks: &[Block]) -> (Option<Rule>, Vec<usize>, Option<String>) {
    for (i, block) in blocks.iter().enumerate() {
        let Block::Paragraph(p) = block else { continue };
        let Some(level) = p.heading else { continue };
        let name = plain_text(&p.inlines);
        if !names_principles(&name) {
            continue;
        }
        let end = (i + 1..blocks.len())
            .find(|&j| {
                paragraph(blocks, j)
                    .and_then(|p| p.heading)
                    .is_some_and(|l| l <= level)
            })
            .unwrap_or(blocks.len());
        let deeper = (i + 1..end)
            .filter_map(|j| paragraph(blocks, j).and_then(|p| p.heading))
            .min();
        if let Some(deeper) = deeper {
            let starts = heading_starts(blocks, i + 1, end, deeper);
            if starts.len() >= 2 {
                return (Some(Rule::Heading(deeper)), starts, Some(name));
            }
        }
        // Under a heading that names them, a bulleted list will do as well.
        if let Some(starts) = best_list(blocks, i + 1, end, 2, false) {
            return (Some(Rule::List), starts, Some(name));
        }
    }
    // Numbered headings of one level, three or more.
    for level in 1..=9 {
        let numbered: Vec<usize> = (0..blocks.len())
            .filter(|&j| {
                paragraph(blocks, j).is_some_and(|p| {
                    p.heading == Some(level) && p.list.as_ref().is_some_and(|l| l.number.is_some())
                })
            })
            .collect();
        if numbered.len() >= 3 {
            return (Some(Rule::Heading(level)), numbered, None);
        }
    }
    match best_list(blocks, 0, blocks.len(), 3, true) {
        Some(starts) => (Some(Rule::List), starts, None),
        None => (None, Vec::new(), None),
    }
}

/// Where each heading of `level` between `from` and `to` starts a principle.
fn heading_starts(blocks: &[Block], from: usize, to: usize, level: u8) -> Vec<usize> {
    (from..to)
        .filter(|&j| paragraph(blocks, j).is_some_and(|p| p.heading == Some(level)))
        .collect()
}

/// The list with the most outermost items (at least `least`) between `from` and `to`, a
/// numbered one if `numbered`: its items' places.
fn best_list(
    blocks: &[Block],
    from: usize,
    to: usize,
    least: usize,
    numbered: bool,
) -> Option<Vec<usize>> {
    let mut lists: Vec<(&str, Vec<usize>)> = Vec::new();
    for j in from..to {
        let Some(p) = paragraph(blocks, j) else {
            continue;
        };
        let Some(item) = p.list.as_ref().filter(|_| p.heading.is_none()) else {
            continue;
        };
        if item.level != 0 || (numbered && item.number.is_none()) {
            continue;
        }
        match lists.iter_mut().find(|(id, _)| *id == item.list) {
            Some((_, places)) => places.push(j),
            None => lists.push((&item.list, vec![j])),
        }
    }
    lists
        .into_iter()
        .map(|(_, places)| places)
        .filter(|places| places.len() >= least)
        .max_by_key(|places| places.len())
}

/// Cuts the blocks at the principles' starts: each principle runs to the next start, or to
/// a heading at or above its own level; the rest is the compact's own text.
fn cut(blocks: Vec<Block>, starts: &[usize], by: Option<Rule>) -> (Vec<Block>, Vec<Found>) {
    let mut text = Vec::new();
    let mut principles: Vec<Found> = Vec::new();
    let mut current: Option<Found> = None;
    for (i, block) in blocks.into_iter().enumerate() {
        if starts.contains(&i) {
            if let Some(done) = current.take() {
                principles.push(done);
            }
            let Block::Paragraph(p) = block else { continue };
            current = Some(start(p, principles.len(), by));
            continue;
        }
        let ends = match (&current, &block) {
            (Some(found), Block::Paragraph(p)) => match (found.level, p.heading) {
                (Some(level), Some(h)) => h <= level,
                // A list's principle ends at any heading.
                (None, Some(_)) => true,
                _ => false,
            },
            _ => false,
        };
        if ends {
            if let Some(done) = current.take() {
                principles.push(done);
            }
        }
        match current.as_mut() {
            Some(found) => found.blocks.push(block),
            None => text.push(block),
        }
    }
    if let Some(done) = current.take() {
        principles.push(done);
    }
    (text, principles)
}

/// A principle starting at paragraph `p`, the `index`th found.
fn start(p: Paragraph, index: usize, by: Option<Rule>) -> Found {
    let level = match by {
        Some(Rule::Heading(level)) => Some(level),
        _ => None,
    };
    let title_notes = p
        .inlines
        .iter()
        .filter_map(|i| match i {
            Inline::Note(n) => Some(*n),
            _ => None,
        })
        .collect();
    let mut blocks = Vec::new();
    let mut title_inlines = p.inlines.clone();
    // "**Dialog.** Dialogen ska …" in one list item: the bold words are the title.
    if level.is_none() {
        if let Some((title, rest)) = bold_lead(&p.inlines) {
            title_inlines = title;
            blocks.push(Block::Paragraph(Paragraph {
                inlines: rest,
                ..Paragraph::default()
            }));
        }
    }
    let title = plain_text(&title_inlines)
        .trim()
        .trim_end_matches([':', '.'])
        .trim()
        .to_owned();
    let order = p
        .list
        .as_ref()
        .and_then(|l| l.number)
        .or_else(|| typed_number(&title).map(|(n, _)| n))
        .unwrap_or(index as u32 + 1);
    Found {
        title,
        title_notes,
        order,
        blocks,
        level,
    }
}

/// A paragraph that starts with bold words and goes on in plain text: the two parts.
fn bold_lead(inlines: &[Inline]) -> Option<(Vec<Inline>, Vec<Inline>)> {
    let bold = inlines
        .iter()
        .take_while(|i| matches!(i, Inline::Text { bold: true, .. }))
        .count();
    if bold == 0 || bold == inlines.len() {
        return None;
    }
    let rest = super::text::tidy(inlines[bold..].to_vec());
    if plain_text(&rest).trim().is_empty() {
        return None;
    }
    Some((inlines[..bold].to_vec(), rest))
}

#[cfg(test)]
mod tests;
