//! `signatories.csv`: the organisations that joined a compact, one a row, as officers keep
//! them in Excel. Columns in any order, named in English or Swedish; commas or semicolons
//! (Swedish Excel writes semicolons); UTF-8 with or without a byte-order mark. Every problem
//! names the row and the column.

use std::path::Path;

use super::model::{Review, Signatory};
use crate::date::PartialDate;
use crate::diagnostics::{Problem, Problems};
use crate::files::{read_spreadsheet, relative};
use crate::messages::{self as m, Lang, Msg};
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
    lang: Lang,
}

impl File<'_> {
    /// A problem at 1-based `line`, in the field at 0-based `field` of that line.
    fn problem(&self, line: usize, field: usize, message: String, hint: Msg) -> Problem {
        let source = self
            .text
            .lines()
            .nth(line.saturating_sub(1))
            .unwrap_or_default();
        let column = field_columns(source, self.delimiter)
            .get(field)
            .copied()
            .unwrap_or(0);
        Problem::error(self.shown, line, column, message)
            .with_hint(hint.text(self.lang))
            .with_source(self.text)
    }
}

/// Reads `signatories.csv` in the compact folder `folder`, if there is one.
pub(super) fn load(
    root: &Path,
    folder: &Path,
    lang: Lang,
    problems: &mut Problems,
    review: &mut Review,
) -> Vec<Signatory> {
    let mut found = Problems::default();
    let list = read(root, folder, lang, &mut found);
    problems.split_into(found, &mut review.warnings);
    list
}

/// Reads the list, every problem into `problems`, warnings among them.
fn read(root: &Path, folder: &Path, lang: Lang, problems: &mut Problems) -> Vec<Signatory> {
    let path = folder.join(FILE);
    if !path.is_file() {
        return Vec::new();
    }
    let shown = relative(root, &path);
    let text = match read_spreadsheet(root, &path, lang) {
        Ok((text, warning)) => {
            if let Some(warning) = warning {
                problems.push(warning);
            }
            text
        }
        Err(problem) => {
            problems.push(problem.with_hint(m::SAVE_CSV_AS_UTF8.text(lang)));
            return Vec::new();
        }
    };
    let file = File {
        shown: &shown,
        text: &text,
        delimiter: delimiter(text.lines().next().unwrap_or_default()),
        lang,
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(file.delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let Some(columns) = header(&file, &mut reader, problems) else {
        return Vec::new();
    };
    let mut list = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map_or(0, |p| p.line() as usize);
                problems.push(file.problem(line, 0, m::CSV_CANNOT_READ.text(lang), m::CSV_QUOTES));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line() as usize);
        if record.iter().all(|field| field.trim().is_empty()) {
            continue;
        }
        if record.len() != columns.len() {
            problems.push(file.problem(
                line,
                0,
                m::CSV_FIELD_COUNT.with(lang, &[&record.len(), &columns.len()]),
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

/// Semicolons when the header row has more of them than commas.
fn delimiter(header: &str) -> u8 {
    if header.matches(';').count() > header.matches(',').count() {
        b';'
    } else {
        b','
    }
}

/// What each column of the header row holds; `None` when the header cannot be used.
fn header(
    file: &File<'_>,
    reader: &mut csv::Reader<&[u8]>,
    problems: &mut Problems,
) -> Option<Vec<Column>> {
    let names = reader.headers().ok()?.clone();
    let lang = file.lang;
    let mut columns = Vec::with_capacity(names.len());
    let mut ok = true;
    for (i, name) in names.iter().enumerate() {
        let wanted = name.trim().to_lowercase();
        match NAMES.iter().find(|(n, _)| *n == wanted) {
            Some((_, column)) if columns.contains(column) => {
                problems.push(file.problem(
                    1,
                    i,
                    m::CSV_COLUMN_TWICE.with(lang, &[&name]),
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
                        1,
                        i,
                        m::CSV_UNKNOWN_COLUMN.with(lang, &[&name]),
                        m::CSV_UNUSED_HINT,
                    )
                    .as_warning(),
                );
                columns.push(Column::Unused);
            }
        }
    }
    if !columns.contains(&Column::Name) {
        problems.push(file.problem(1, 0, m::CSV_NO_NAME_COLUMN.text(lang), m::CSV_COLUMNS));
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
    let lang = file.lang;
    let mut signatory = Signatory {
        name: String::new(),
        joined: None,
        left: None,
        org_number: None,
        url: None,
        at: super::model::Spot { line, column: 1 },
    };
    let mut ok = true;
    for (i, (column, value)) in columns.iter().zip(record.iter()).enumerate() {
        let value = value.trim();
        let mut wrong = |message: String, hint: Msg| {
            problems.push(file.problem(line, i, message, hint));
            ok = false;
        };
        match column {
            Column::Name if value.is_empty() => wrong(m::CSV_NO_NAME.text(lang), m::CSV_NAME_HINT),
            Column::Name => signatory.name = value.to_owned(),
            Column::Joined | Column::Left if value.is_empty() => {}
            Column::Joined | Column::Left => match PartialDate::parse(value) {
                Some(date) if *column == Column::Joined => signatory.joined = Some(date),
                Some(date) => signatory.left = Some(date),
                None => wrong(
                    format!("{} \"{value}\"", m::DATE_CANNOT_READ.text(lang)),
                    m::CSV_DATE_HINT,
                ),
            },
            Column::OrgNumber if value.is_empty() => {}
            Column::OrgNumber => match orgnr::parse(value) {
                Ok(number) => signatory.org_number = Some(number),
                Err(orgnr::Wrong::Form) => {
                    wrong(m::ORG_NUMBER_FORM.with(lang, &[&value]), m::ORG_NUMBER_HINT)
                }
                Err(orgnr::Wrong::CheckDigit) => wrong(
                    m::ORG_NUMBER_CHECK.with(lang, &[&value]),
                    m::ORG_NUMBER_HINT,
                ),
                Err(orgnr::Wrong::PersonalNumber) => wrong(
                    m::ORG_NUMBER_PERSONAL.with(lang, &[&value]),
                    m::ORG_NUMBER_PERSONAL_HINT,
                ),
            },
            Column::Url if value.is_empty() => {}
            Column::Url if value.starts_with("https://") || value.starts_with("http://") => {
                signatory.url = Some(value.to_owned());
            }
            Column::Url => wrong(
                format!("{} \"{value}\"", m::ADDRESS_NOT_WEB_ADDRESS.text(lang)),
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
                m::CSV_LEFT_BEFORE_JOINED.with(lang, &[&left, &joined]),
                m::CSV_LEFT_HINT,
            ));
            ok = false;
        }
    }
    ok.then_some(signatory)
}

/// The 1-based column, in characters, at which each field of `line` starts.
fn field_columns(line: &str, delimiter: u8) -> Vec<usize> {
    let delimiter = char::from(delimiter);
    let mut starts = vec![1];
    let mut quoted = false;
    for (i, c) in line.chars().enumerate() {
        match c {
            '"' => quoted = !quoted,
            c if c == delimiter && !quoted => starts.push(i + 2),
            _ => {}
        }
    }
    starts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semicolons_are_found_and_fields_located() {
        assert_eq!(delimiter("namn;anslöt;webbplats"), b';');
        assert_eq!(delimiter("name,joined"), b',');
        assert_eq!(field_columns("a;\"b;c\";d", b';'), [1, 3, 9]);
    }
}
