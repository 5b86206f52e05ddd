//! A table saved from a spreadsheet, as Excel writes it: its separator (tabs for
//! "Unicode-text", semicolons on a Swedish Windows, commas), the `sep=` line Excel may put
//! first, and every row and field at its place in the file, so a problem points at the value
//! that is wrong on the row the officer sees in Excel.

use std::path::Path;

use crate::diagnostics::Problem;
use crate::messages::{Message, Msg};

/// The file being read, for problems at a row and column.
pub(super) struct File<'a> {
    shown: &'a Path,
    text: &'a str,
    pub(super) delimiter: u8,
    /// Where the table starts: after Excel's `sep=` line, when there is one.
    start: usize,
}

impl<'a> File<'a> {
    pub(super) fn new(shown: &'a Path, text: &'a str) -> File<'a> {
        let first = text.lines().next().unwrap_or_default();
        match sep_line(first) {
            Some(delimiter) => {
                let start = text.find('\n').map_or(text.len(), |at| at + 1);
                File {
                    shown,
                    text,
                    delimiter,
                    start,
                }
            }
            None => File {
                shown,
                text,
                delimiter: delimiter(first),
                start: 0,
            },
        }
    }

    /// The table, without the `sep=` line.
    pub(super) fn table(&self) -> &'a str {
        &self.text[self.start..]
    }

    /// The 1-based line of the record that the csv reader places at byte `at` of the table.
    /// With Excel's `\r\n` line ends the reader places a record on the `\n` that ends the
    /// line before it, so line ends there are passed over first.
    pub(super) fn line_at(&self, at: u64) -> usize {
        let bytes = self.text.as_bytes();
        let mut end = (self.start + at as usize).min(bytes.len());
        while end < bytes.len() && matches!(bytes[end], b'\r' | b'\n') {
            end += 1;
        }
        bytes[..end].iter().filter(|&&b| b == b'\n').count() + 1
    }

    /// A problem at 1-based `line`, marking the whole value of the field at 0-based `field`.
    pub(super) fn problem(
        &self,
        line: usize,
        field: usize,
        message: impl Into<Message>,
        hint: Msg,
    ) -> Problem {
        let source = self
            .text
            .lines()
            .nth(line.saturating_sub(1))
            .unwrap_or_default();
        let (column, width) = field_spans(source, self.delimiter)
            .get(field)
            .copied()
            .unwrap_or((0, 0));
        Problem::error(self.shown, line, column, message)
            .with_width(width)
            .with_hint(hint)
            .with_source(self.text)
    }
}

/// The separator the header row uses most, outside quotes: tabs (Excel's "Unicode-text"),
/// semicolons (Excel's CSV on a Swedish computer) or commas.
fn delimiter(header: &str) -> u8 {
    let mut quoted = false;
    let (mut tabs, mut semicolons, mut commas) = (0, 0, 0);
    for c in header.chars() {
        match c {
            '"' => quoted = !quoted,
            '\t' if !quoted => tabs += 1,
            ';' if !quoted => semicolons += 1,
            ',' if !quoted => commas += 1,
            _ => {}
        }
    }
    if tabs > semicolons && tabs > commas {
        b'\t'
    } else if semicolons > commas {
        b';'
    } else {
        b','
    }
}

/// The separator that Excel's first line `sep=;` names, when the line is one.
fn sep_line(first: &str) -> Option<u8> {
    let rest = first
        .trim_end_matches('\r')
        .strip_prefix("sep=")
        .or_else(|| first.strip_prefix("SEP="))?;
    let rest = rest.trim_end_matches('\r');
    match rest.as_bytes() {
        [separator] if b";,\t|".contains(separator) => Some(*separator),
        _ => None,
    }
}

/// Where each field's value stands in `line`: its 1-based column and its width, both in
/// characters, without the spaces around it. An empty field is marked by the separator
/// that ends it.
fn field_spans(line: &str, delimiter: u8) -> Vec<(usize, usize)> {
    let delimiter = char::from(delimiter);
    let chars: Vec<char> = line.trim_end_matches('\r').chars().collect();
    let mut fields = Vec::new();
    let mut start = 0;
    let mut quoted = false;
    for i in 0..=chars.len() {
        match chars.get(i) {
            Some('"') => {
                quoted = !quoted;
                continue;
            }
            Some(c) if *c != delimiter || quoted => continue,
            _ => {}
        }
        let field = &chars[start..i];
        let lead = field.iter().take_while(|c| **c == ' ').count();
        let trail = field[lead..]
            .iter()
            .rev()
            .take_while(|c| **c == ' ')
            .count();
        let width = field.len() - lead - trail;
        fields.push((start + lead + 1, width.max(1)));
        start = i + 1;
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_are_found_and_fields_located() {
        assert_eq!(delimiter("namn;anslöt;webbplats"), b';');
        assert_eq!(delimiter("name,joined"), b',');
        assert_eq!(delimiter("namn\tanslöt\torganisationsnummer"), b'\t');
        assert_eq!(delimiter("\"Namn, fullt\";anslöt"), b';');
        assert_eq!(sep_line("sep=;\r"), Some(b';'));
        assert_eq!(sep_line("sep=,"), Some(b','));
        assert_eq!(sep_line("namn;anslöt"), None);
        assert_eq!(
            field_spans("a;\"b;c\";  d  ;", b';'),
            [(1, 1), (3, 5), (11, 1), (15, 1)]
        );
    }
}
