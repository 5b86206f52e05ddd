//! The datasets the catalog describes: the compacts with their principles, and the
//! organisations that joined them. Each reads what it describes through the [`Reader`], and
//! takes its files' sizes from the pieces they are written from.

use super::super::{csv_pieces, json_pieces, read_all, signatories_pieces, size, Records};
use crate::content::PartialDate;
use crate::messages::{self as m, Msg};
use crate::reads::{Kept, Reader};
use crate::urls::Words;

/// One dataset of the catalog. A new kind of open data is one more `Dataset` in
/// [`datasets`].
pub(super) struct Dataset {
    /// Its address's fragment, after the catalog's own address.
    pub(super) id: &'static str,
    /// Its title; `{}` is the publisher's name.
    pub(super) title: Msg,
    pub(super) description: Msg,
    pub(super) keywords: &'static [Msg],
    /// Its themes, from the EU's vocabulary of data themes.
    pub(super) themes: &'static [&'static str],
    /// The first and last date of what it holds.
    pub(super) dates: Option<(PartialDate, PartialDate)>,
    pub(super) distributions: Vec<Distribution>,
}

/// One file of a dataset.
pub(super) struct Distribution {
    /// Its address's fragment.
    pub(super) id: &'static str,
    /// Its path in the output.
    pub(super) path: &'static str,
    /// Its media type (IANA), which DCAT-AP-SE writes as the format.
    pub(super) media_type: &'static str,
    pub(super) title: Msg,
    pub(super) description: Msg,
    /// The file's size: the length of the very bytes written.
    pub(super) bytes: usize,
}

/// The datasets of the site, each reading what it describes through `r`.
pub(super) fn datasets(r: &Reader<'_>, records: &[Kept<Records>], words: Words) -> Vec<Dataset> {
    let mut all = vec![compacts(r, records, words)];
    all.extend(signatories(r, records, words));
    all
}

/// The compacts with their principles, in the JSON and the CSV.
fn compacts(r: &Reader<'_>, records: &[Kept<Records>], words: Words) -> Dataset {
    let records = read_all(r, records);
    let dates = r.ids().map(|c| r.compact(c)).flat_map(|compact| {
        let head = &compact.head;
        head.adopted
            .into_iter()
            .chain(head.revised)
            .chain(compact.timeline.iter().map(|e| e.date))
    });
    let dates = dates.fold(None, |span: Option<(PartialDate, PartialDate)>, date| {
        Some(match span {
            None => (date, date),
            Some((first, last)) => (first.min(date), last.max(date)),
        })
    });
    Dataset {
        id: "compacts",
        title: m::COMPACTS_TITLE,
        description: m::COMPACTS_DESCRIPTION,
        keywords: &[
            m::KEYWORD_COMPACT,
            m::KEYWORD_NON_PROFIT,
            m::KEYWORD_CIVIL_SOCIETY,
            m::KEYWORD_PRINCIPLE,
        ],
        themes: &["GOVE", "SOCI"],
        dates,
        distributions: vec![
            Distribution {
                id: "compacts-json",
                path: words.json,
                media_type: "application/json",
                title: m::COMPACTS_JSON_TITLE,
                description: m::COMPACTS_JSON_DESCRIPTION,
                bytes: size(&json_pieces(&records)),
            },
            Distribution {
                id: "principles-csv",
                path: words.csv,
                media_type: "text/csv",
                title: m::PRINCIPLES_CSV_TITLE,
                description: m::PRINCIPLES_CSV_DESCRIPTION,
                bytes: size(&csv_pieces(&records)),
            },
        ],
    }
}

/// The organisations that joined the compacts, in their CSV: when any compact lists them.
fn signatories(r: &Reader<'_>, records: &[Kept<Records>], words: Words) -> Option<Dataset> {
    let listed: Vec<_> = r.ids().filter(|&c| r.parts(c).signatories).collect();
    if listed.is_empty() {
        return None;
    }
    let records = read_all(r, records);
    let dates = listed
        .iter()
        .flat_map(|&c| r.signatories(c).list.iter())
        .flat_map(|s| s.joined.into_iter().chain(s.left))
        .fold(None, |span: Option<(PartialDate, PartialDate)>, date| {
            Some(match span {
                None => (date, date),
                Some((first, last)) => (first.min(date), last.max(date)),
            })
        });
    Some(Dataset {
        id: "signatories",
        title: m::SIGNATORIES_TITLE,
        description: m::SIGNATORIES_DESCRIPTION,
        keywords: &[
            m::KEYWORD_COMPACT,
            m::KEYWORD_NON_PROFIT,
            m::KEYWORD_CIVIL_SOCIETY,
            m::KEYWORD_ORGANISATION,
        ],
        themes: &["GOVE", "SOCI"],
        dates,
        distributions: vec![Distribution {
            id: "signatories-csv",
            path: words.signatories_csv,
            media_type: "text/csv",
            title: m::SIGNATORIES_CSV_TITLE,
            description: m::SIGNATORIES_CSV_DESCRIPTION,
            bytes: size(&signatories_pieces(&records)),
        }],
    })
}
