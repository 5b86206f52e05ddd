//! The matrix of topics against compacts, and one page per topic with every wording.

use serde::Serialize;

use super::{Ctx, Head};
use crate::content::TopicId;
use crate::diagnostics::Problem;
use crate::output::Page;
use crate::urls;
use crate::views::{CellView, CompactSummary, Link, PrincipleView};

/// From how many compacts the matrix gets an index of initial letters.
pub(crate) const LETTER_INDEX_FROM: usize = 30;

impl Ctx<'_, '_> {
    pub(super) fn compare(&self) -> Result<Page, Problem> {
        #[derive(Serialize)]
        struct TopicHeader {
            id: String,
            name: String,
            path: String,
            count: usize,
            /// The name's language, when not the page's.
            lang: Option<String>,
        }
        #[derive(Serialize)]
        struct Row<'a> {
            compact: &'a CompactSummary,
            count: usize,
            cells: Vec<CellView>,
            /// The row's id when it is the first of its initial letter in the letter index.
            anchor: Option<String>,
        }
        #[derive(Serialize)]
        struct Data<'a> {
            topics: Vec<TopicHeader>,
            rows: Vec<Row<'a>>,
            /// Links to the first row of each initial letter, on long matrices.
            letters: Vec<Link>,
        }
        let (r, views) = (self.r, self.views);
        let words = views.words();
        let topics = r
            .topic_ids()
            .map(|t| {
                let topic = r.topic(t);
                TopicHeader {
                    id: topic.id.clone(),
                    name: topic.name.clone(),
                    path: urls::topic(words, &topic.id),
                    count: r.covering(t).len(),
                    lang: views.content_lang(),
                }
            })
            .collect();
        let summaries = views.summaries(r);
        let (letters, anchors) = letter_index(&summaries);
        let rows = r
            .ids()
            .zip(summaries)
            .zip(anchors)
            .map(|((c, compact), anchor)| {
                let row = r.row(c);
                Row {
                    compact,
                    count: row.iter().filter(|cell| !cell.is_empty()).count(),
                    cells: row.iter().map(|cell| views.cell_of(r, cell)).collect(),
                    anchor,
                }
            })
            .collect();
        self.html(
            "compare.html",
            Head {
                path: urls::compare(words),
                title: views.t("compare_title"),
                description: views.t("compare_description"),
                section: "compare",
                crumbs: Vec::new(),
                title_lang: None,
            },
            Data {
                topics,
                rows,
                letters,
            },
        )
    }

    pub(super) fn topic(&self, t: TopicId) -> Result<Page, Problem> {
        #[derive(Serialize)]
        struct Entry<'a> {
            compact: &'a CompactSummary,
            own: Vec<PrincipleView<'a>>,
            endorsed: Vec<PrincipleView<'a>>,
        }
        #[derive(Serialize)]
        struct Data<'a> {
            topic: &'a crate::content::Topic,
            /// The language of the topic's name and description, when not the page's.
            topic_lang: Option<String>,
            entries: Vec<Entry<'a>>,
            missing: Vec<&'a CompactSummary>,
        }
        let (r, views) = (self.r, self.views);
        let topic = r.topic(t);
        let words = views.words();
        let description = if topic.description.is_empty() {
            topic.name.clone()
        } else {
            topic.description.clone()
        };
        let mut entries = Vec::new();
        let mut missing = Vec::new();
        for c in r.ids() {
            let cell = r.cell(c, t);
            if cell.is_empty() {
                missing.push(views.summary(r, c));
            } else {
                entries.push(Entry {
                    compact: views.summary(r, c),
                    own: cell.own.iter().map(|&p| views.principle(r, p)).collect(),
                    endorsed: cell
                        .endorsed
                        .iter()
                        .map(|&p| views.principle(r, p))
                        .collect(),
                });
            }
        }
        self.html(
            "topic.html",
            Head {
                path: urls::topic(words, &topic.id),
                title: topic.name.clone(),
                description,
                section: "compare",
                crumbs: vec![Link::new(views.t("compare_title"), urls::compare(words))],
                title_lang: views.content_lang(),
            },
            Data {
                topic,
                topic_lang: views.content_lang(),
                entries,
                missing,
            },
        )
    }
}

/// The index of initial letters of a long matrix: a link to the first row of each letter, and
/// each row's id when it is such a first row. The national compacts, first in the list, are
/// left out.
fn letter_index(compacts: &[&CompactSummary]) -> (Vec<Link>, Vec<Option<String>>) {
    let mut letters: Vec<Link> = Vec::new();
    let mut anchors = vec![None; compacts.len()];
    if compacts.len() < LETTER_INDEX_FROM {
        return (letters, anchors);
    }
    for (anchor, compact) in anchors.iter_mut().zip(compacts) {
        let Some(initial) = compact.municipality.chars().next() else {
            continue;
        };
        let letter: String = initial.to_uppercase().collect();
        if compact.kind == "nationell" || letters.last().is_some_and(|l| l.title == letter) {
            continue;
        }
        let id = format!("rad-{}", letters.len() + 1);
        letters.push(Link::new(letter, format!("#{id}")));
        *anchor = Some(id);
    }
    (letters, anchors)
}
