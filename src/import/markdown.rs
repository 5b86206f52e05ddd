//! Blocks written as the Markdown the site reads (docs/content.md): headings starting at
//! `##` (the page's title is the one `#`), lists nested by indentation, a number Markdown
//! cannot write ("III.", "a)") kept as text, quotations, tables, and footnotes as
//! `[^n]` with their text at the end. Text is escaped where Markdown would read it as
//! markup, so what the reader saw in Word is what the page shows.

use super::model::{Block, Inline, Paragraph, Table};

/// Writes `blocks` as Markdown; a heading of level `top` gets `hashes` (`##` in a
/// compact's text, `####` in a principle's, below the headings of the pages that show
/// them). Footnotes referred to are written at the end, from `notes`.
pub(crate) fn write(blocks: &[Block], top: u8, hashes: usize, notes: &[Vec<Inline>]) -> String {
    let mut out = String::new();
    // The indentation of each open list level's text.
    let mut indents: Vec<(u8, usize)> = Vec::new();
    let mut previous_item = false;
    for block in blocks {
        match block {
            Block::Paragraph(p) if p.heading.is_none() && p.list.is_some() => {
                let Some(item) = &p.list else { continue };
                while indents
                    .last()
                    .is_some_and(|(level, _)| *level >= item.level)
                {
                    indents.pop();
                }
                let indent = indents.last().map_or(0, |(_, i)| *i);
                let marker = match item.number {
                    Some(n) if item.decimal => format!("{n}. "),
                    Some(_) => format!("- {} ", escape_text(&item.label)),
                    None => "- ".to_owned(),
                };
                let width = if item.decimal { marker.len() } else { 2 };
                indents.push((item.level, indent + width));
                if !out.is_empty() {
                    out.push_str(if previous_item { "\n" } else { "\n\n" });
                }
                let text = paragraph_text(p);
                out.push_str(&" ".repeat(indent));
                out.push_str(&marker);
                out.push_str(&indent_lines(&text, indent + width));
                previous_item = true;
            }
            Block::Paragraph(p) => {
                if !out.is_empty() {
                    out.push_str("\n\n");
                }
                // A paragraph that is not a list item ends the list, as in Word.
                indents.clear();
                out.push_str(&paragraph(p, top, hashes));
                previous_item = false;
            }
            Block::Table(table) => {
                indents.clear();
                if !out.is_empty() {
                    out.push_str("\n\n");
                }
                out.push_str(&write_table(table));
                previous_item = false;
            }
        }
    }
    let referred = referred_notes(blocks);
    for number in referred {
        if let Some(note) = notes.get(number - 1) {
            out.push_str(&format!("\n\n[^{number}]: {}", inlines(note)));
        }
    }
    out
}

/// The footnotes `blocks` refer to, in order.
pub(crate) fn referred_notes(blocks: &[Block]) -> Vec<usize> {
    let mut found = Vec::new();
    let mut note = |inline: &Inline| {
        if let Inline::Note(n) = inline {
            if !found.contains(n) {
                found.push(*n);
            }
        }
    };
    for block in blocks {
        match block {
            Block::Paragraph(p) => p.inlines.iter().for_each(&mut note),
            Block::Table(t) => t
                .rows
                .iter()
                .flatten()
                .flat_map(|c| c.paragraphs.iter().flatten())
                .for_each(&mut note),
        }
    }
    found
}

fn indent_lines(text: &str, indent: usize) -> String {
    text.replace('\n', &format!("\n{}", " ".repeat(indent)))
}

fn paragraph(p: &Paragraph, top: u8, first: usize) -> String {
    let text = paragraph_text(p);
    if let Some(level) = p.heading {
        let hashes = (usize::from(level.saturating_sub(top)) + first).min(6);
        let label = p
            .list
            .as_ref()
            .filter(|item| item.number.is_some())
            .map(|item| format!("{} ", escape_text(&item.label)))
            .unwrap_or_default();
        return format!(
            "{} {label}{}",
            "#".repeat(hashes),
            text.replace("\\\n", " ")
        );
    }
    if p.quote {
        return format!("> {}", text.replace('\n', "\n> "));
    }
    text
}

fn paragraph_text(p: &Paragraph) -> String {
    let text = inlines(&p.inlines);
    escape_start(&text)
}

/// Inline text as Markdown: emphasis, links, line breaks and footnote marks.
pub(crate) fn inlines(inlines: &[Inline]) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < inlines.len() {
        match &inlines[i] {
            Inline::Text {
                link: Some(link), ..
            } => {
                let mut j = i;
                while matches!(&inlines.get(j), Some(Inline::Text { link: Some(l), .. }) if l == link)
                {
                    j += 1;
                }
                let text: String = inlines[i..j].iter().map(emphasised).collect();
                let address = if link.contains([' ', '(', ')', '<', '>']) {
                    format!("<{}>", link.replace(' ', "%20").replace(['<', '>'], ""))
                } else {
                    link.clone()
                };
                out.push_str(&format!("[{}]({address})", text.trim()));
                i = j;
            }
            inline => {
                out.push_str(&emphasised(inline));
                i += 1;
            }
        }
    }
    out
}

fn emphasised(inline: &Inline) -> String {
    match inline {
        Inline::Text {
            text, bold, italic, ..
        } => {
            let marks = match (bold, italic) {
                (true, true) => "***",
                (true, false) => "**",
                (false, true) => "*",
                (false, false) => "",
            };
            let core = text.trim();
            if marks.is_empty() || core.is_empty() {
                return escape_text(text);
            }
            let before = &text[..text.len() - text.trim_start().len()];
            let after = &text[text.trim_end().len()..];
            format!("{before}{marks}{}{marks}{after}", escape_text(core))
        }
        Inline::Note(n) => format!("[^{n}]"),
        Inline::Break => "\\\n".to_owned(),
    }
}

/// Escapes what Markdown would read as markup anywhere in a line.
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '~' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Escapes what Markdown would read as markup at the start of a paragraph: a heading, a
/// quotation, a list, a rule.
fn escape_start(text: &str) -> String {
    let first = text.chars().next();
    if matches!(first, Some('#' | '>' | '-' | '+' | '=')) {
        return format!("\\{text}");
    }
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && digits <= 9 {
        let rest = &text[digits..];
        if (rest.starts_with(". ") || rest.starts_with(") ")) || rest == "." || rest == ")" {
            return format!("{}\\{rest}", &text[..digits]);
        }
    }
    text.to_owned()
}

fn write_table(table: &Table) -> String {
    let width = table.rows.iter().map(Vec::len).max().unwrap_or(0).max(1);
    let mut lines = Vec::new();
    for (index, row) in table.rows.iter().enumerate() {
        let mut cells: Vec<String> = row
            .iter()
            .map(|cell| {
                cell.paragraphs
                    .iter()
                    .map(|p| inlines(p).replace("\\\n", " "))
                    .filter(|t| !t.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        cells.resize(width, String::new());
        lines.push(format!("| {} |", cells.join(" | ")));
        if index == 0 {
            lines.push(format!("|{}", " --- |".repeat(width)));
        }
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests;
