//! `signatories.csv`: the organisations that joined a compact, one a row, as officers keep
//! them in Excel. Columns in any order, named in English or Swedish; tabs, commas or
//! semicolons, as [`super::table`] reads them, in any encoding Excel writes (see
//! [`crate::files`]). Every problem names the row and the column.

use std::path::Path;

use super::model::{Review, Signatory};
use super::table::File;
use crate::date::PartialDate;
use crate::diagnostics::Problems;
use crate::files::{read_spreadsheet, relative};
use crate::messages::{self as m, Message, Msg};
use crate::orgnr;

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
    let path = folder.join(super::SIGNATORIES_FILE);
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
        at: super::model::Spot { line, column: 1 },
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
                Err(orgnr::Wrong::PersonalNumber) => wrong(
                    m::ORG_NUMBER_PERSONAL.with(&[&value]),
                    m::ORG_NUMBER_PERSONAL_HINT,
                ),
            },
            Column::Url if value.is_empty() => {}
            Column::Url if crate::urls::is_web_address(value) => {
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
