//! `signatories.csv`: the organisations that joined a compact, one a row, as officers keep
//! them in Excel. Columns in any order, named in English or Swedish; commas or semicolons
//! (Swedish Excel writes semicolons); UTF-8 with or without a byte-order mark. Every problem
//! names the row and the column.

use std::path::Path;

use super::model::{Review, Signatory};
use crate::date::PartialDate;
use crate::diagnostics::{Problem, Problems};
use crate::files::{read_spreadsheet, relative};
use crate::messages::{self as m, Message, Msg};
use crate::orgnr;

/// The file's name in a compact's folder.
pub(crate) const FILE: &str = "signatories.csv";

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Name,
    Joined,
    Left,
    OrgNumber,
    Url,
    /// A column of the editor's own (a contact person, a note), which is not published.
    Unused,
}

/// The names a column may have, in English and Swedish, lowercased.
const NAMES: &[(&str, Column)] = &[
    ("name", Column::Name),
    ("namn", Column::Name),
    ("organisation", Column::Name),
    ("joined", Column::Joined),
    ("anslöt", Column::Joined),
    ("ansluten", Column::Joined),
    ("left", Column::Left),
    ("lämnade", Column::Left),
    ("org_number", Column::OrgNumber),
    ("organisationsnummer", Column::OrgNumber),
    ("orgnr", Column::OrgNumber),
    ("url", Column::Url),
    ("webbplats", Column::Url),
    ("webbadress", Column::Url),
    ("hemsida", Column::Url),
];

/// The file being read, for problems at a row and column.
struct File<'a> {
    shown: &'a Path,
    text: &'a str,
    delimiter: u8,
    /// Where the table starts: after Excel's `sep=` line, when there is one.
    start: usize,
}

impl<'a> File<'a> {
    fn new(shown: &'a Path, text: &'a str) -> File<'a> {
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
    fn table(&self) -> &'a str {
        &self.text[self.start..]
    }

    /// The 1-based line of the record that the csv reader places at byte `at` of the table.
    /// With Excel's `\r\n` line ends the reader places a record on the `\n` that ends the
    /// line before it, so line ends there are passed over first.
    fn line_at(&self, at: u64) -> usize {
        let bytes = self.text.as_bytes();
        let mut end = (self.start + at as usize).min(bytes.len());
        while end < bytes.len() && matches!(bytes[end], b'\r' | b'\n') {
            end += 1;
        }
        bytes[..end].iter().filter(|&&b| b == b'\n').count() + 1
    }

    /// A problem at 1-based `line`, marking the whole value of the field at 0-based `field`.
    fn problem(
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

/// Reads `signatories.csv` in the compact folder `folder`, if there is one.
pub(super) fn load(
    root: &Path,
    folder: &Path,
    problems: &mut Problems,
    review: &mut Review,
) -> Vec<Signatory> {
    let mut found = Problems::default();
    let list = read(root, folder, &mut found);
    problems.split_into(found, &mut review.warnings);
    list
}

/// Reads the list, every problem into `problems`, warnings among them.
fn read(root: &Path, folder: &Path, problems: &mut Problems) -> Vec<Signatory> {
    let path = folder.join(FILE);
    if !path.is_file() {
        return Vec::new();
    }
    let shown = relative(root, &path);
    let text = match read_spreadsheet(root, &path) {
        Ok((text, warning)) => {
            if let Some(warning) = warning {
                problems.push(warning);
            }
            text
        }
        Err(problem) => {
            problems.push(problem);
            return Vec::new();
        }
    };
    let file = File::new(&shown, &text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(file.delimiter)
        .flexible(true)
        .from_reader(file.table().as_bytes());
    let Some(columns) = header(&file, &mut reader, problems) else {
        return Vec::new();
    };
    let mut list = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map_or(0, |p| file.line_at(p.byte()));
                problems.push(file.problem(line, 0, m::CSV_CANNOT_READ, m::CSV_QUOTES));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| file.line_at(p.byte()));
        if record.iter().all(|field| field.trim().is_empty()) {
            continue;
        }
        if record.len() != columns.len() {
            problems.push(file.problem(
                line,
                0,
                m::CSV_FIELD_COUNT.with(&[&record.len(), &columns.len()]),
                m::CSV_FIELD_COUNT_HINT,
            ));
            continue;
        }
        if let Some(signatory) = row(&file, line, &columns, &record, problems) {
            list.push(signatory);
        }
    }
    list
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

/// What each column of the header row holds; `None` when the header cannot be used.
fn header(
    file: &File<'_>,
    reader: &mut csv::Reader<&[u8]>,
    problems: &mut Problems,
) -> Option<Vec<Column>> {
    let names = reader.headers().ok()?.clone();
    let line = file.line_at(0);
    let mut columns = Vec::with_capacity(names.len());
    let mut ok = true;
    for (i, name) in names.iter().enumerate() {
        let wanted = name.trim().to_lowercase();
        match NAMES.iter().find(|(n, _)| *n == wanted) {
            Some((_, column)) if columns.contains(column) => {
                problems.push(file.problem(
                    line,
                    i,
                    m::CSV_COLUMN_TWICE.with(&[&name]),
                    m::CSV_COLUMNS,
                ));
                ok = false;
            }
            Some((_, column)) => columns.push(*column),
            None => {
                // Lists kept in Excel often have columns of their own, some with personal
                // data; they are left out, and the editor is told.
                problems.push(
                    file.problem(
                        line,
                        i,
                        m::CSV_UNKNOWN_COLUMN.with(&[&name]),
                        m::CSV_UNUSED_HINT,
                    )
                    .as_warning(),
                );
                columns.push(Column::Unused);
            }
        }
    }
    if !columns.contains(&Column::Name) {
        problems.push(file.problem(line, 0, m::CSV_NO_NAME_COLUMN, m::CSV_COLUMNS));
        ok = false;
    }
    ok.then_some(columns)
}

/// One organisation, checked.
fn row(
    file: &File<'_>,
    line: usize,
    columns: &[Column],
    record: &csv::StringRecord,
    problems: &mut Problems,
) -> Option<Signatory> {
    let mut signatory = Signatory {
        name: String::new(),
        joined: None,
        left: None,
        org_number: None,
        url: None,
    };
    let mut ok = true;
    for (i, (column, value)) in columns.iter().zip(record.iter()).enumerate() {
        let value = value.trim();
        let mut wrong = |message: Message, hint: Msg| {
            problems.push(file.problem(line, i, message, hint));
            ok = false;
        };
        match column {
            Column::Name if value.is_empty() => wrong(m::CSV_NO_NAME.into(), m::CSV_NAME_HINT),
            Column::Name => signatory.name = crate::invisible::strip(value),
            Column::Joined | Column::Left if value.is_empty() => {}
            Column::Joined | Column::Left => match PartialDate::parse(value) {
                Some(date) if *column == Column::Joined => signatory.joined = Some(date),
                Some(date) => signatory.left = Some(date),
                None => wrong(m::DATE_CANNOT_READ.with(&[&value]), m::CSV_DATE_HINT),
            },
            Column::OrgNumber if value.is_empty() => {}
            Column::OrgNumber => match orgnr::parse(value) {
                Ok(number) => signatory.org_number = Some(number),
                Err(orgnr::Wrong::Form) => {
                    wrong(m::ORG_NUMBER_FORM.with(&[&value]), m::ORG_NUMBER_HINT)
                }
                Err(orgnr::Wrong::CheckDigit) => {
                    wrong(m::ORG_NUMBER_CHECK.with(&[&value]), m::ORG_NUMBER_HINT)
                }
            },
            Column::Url if value.is_empty() => {}
            Column::Url if value.starts_with("https://") || value.starts_with("http://") => {
                signatory.url = Some(value.to_owned());
            }
            Column::Url => wrong(
                m::ADDRESS_NOT_WEB_ADDRESS.with(&[&value]),
                m::WRITE_WHOLE_ADDRESS_STARTING_HTTPS,
            ),
            Column::Unused => {}
        }
    }
    if let (Some(joined), Some(left)) = (signatory.joined, signatory.left) {
        if left.is_before(joined) {
            let at = columns.iter().position(|c| *c == Column::Left).unwrap_or(0);
            problems.push(file.problem(
                line,
                at,
                m::CSV_LEFT_BEFORE_JOINED.with(&[&left, &joined]),
                m::CSV_LEFT_HINT,
            ));
            ok = false;
        }
    }
    ok.then_some(signatory)
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
