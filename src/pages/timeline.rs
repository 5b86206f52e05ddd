//! The status and timeline of every process.

use serde::Serialize;

use super::{Ctx, Head};
use crate::diagnostics::Problem;
use crate::output::Page;
use crate::urls;
use crate::views::{CompactSummary, DateView};

impl Ctx<'_, '_> {
    pub(super) fn timeline(&self) -> Result<Page, Problem> {
        #[derive(Serialize)]
        struct Entry<'a> {
            date: DateView,
            compact: &'a CompactSummary,
            text: String,
        }
        #[derive(Serialize)]
        struct Year<'a> {
            year: u16,
            entries: Vec<Entry<'a>>,
        }
        #[derive(Serialize)]
        struct Data<'a> {
            compacts: Vec<&'a CompactSummary>,
            years: Vec<Year<'a>>,
        }
        let (r, views) = (self.r, self.views);
        let mut years: Vec<Year<'_>> = Vec::new();
        for entry in r.events() {
            let view = Entry {
                date: views.date_view(entry.date),
                compact: views.summary(r, entry.compact),
                text: views.happening(&entry.happening),
            };
            match years.last_mut() {
                Some(year) if year.year == entry.date.year => year.entries.push(view),
                _ => years.push(Year {
                    year: entry.date.year,
                    entries: vec![view],
                }),
            }
        }
        self.html(
            "timeline.html",
            Head {
                path: urls::timeline(views.words()),
                title: views.t("timeline_title"),
                description: views.t("timeline_description"),
                section: "timeline",
                crumbs: Vec::new(),
                title_lang: None,
            },
            Data {
                compacts: views.summaries(r),
                years,
            },
        )
    }
}
