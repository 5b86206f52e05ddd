//! A compact's living parts, each on its own page: the action plan here, the organisations
//! that joined in `signatories`, its versions in `versions`.

use serde::Serialize;

use super::family::{Family, Place};
use super::{About, Ctx};
use crate::compare::overdue;
use crate::content::{ActionStatus, CompactId, Source};
use crate::diagnostics::Problem;
use crate::output::Page;
use crate::reads::Reader;
use crate::urls::{self, Words};
use crate::views::{CompactSummary, DateView};

/// A compact's living parts, each on its own page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LivingJob {
    /// A compact's action plan.
    Plan(CompactId),
}

impl Family for LivingJob {
    fn list(r: &Reader<'_>, add: &mut dyn FnMut(Self)) {
        for c in r.ids() {
            if r.parts(c).plan {
                add(LivingJob::Plan(c));
            }
        }
    }

    fn place(self) -> Place {
        match self {
            LivingJob::Plan(c) => Place::Compact(Some(c), 7, 0),
        }
    }

    fn path(self, r: &Reader<'_>, words: Words) -> String {
        match self {
            LivingJob::Plan(c) => urls::plan(words, r.slug(c)),
        }
    }

    fn in_sitemap(self) -> bool {
        true
    }

    fn make(self, page: &Ctx<'_, '_>) -> Result<Page, Problem> {
        match self {
            LivingJob::Plan(c) => page.plan(c),
        }
    }
}

/// A source, as the pages show it.
#[derive(Serialize)]
pub(super) struct SourceView<'a> {
    title: &'a str,
    date: Option<DateView>,
    dnr: Option<&'a str>,
    url: Option<&'a str>,
}

impl Ctx<'_, '_> {
    pub(super) fn sources_view<'s>(&self, sources: &'s [Source]) -> Vec<SourceView<'s>> {
        sources
            .iter()
            .map(|s| SourceView {
                title: &s.title,
                date: s.date.map(|d| self.views.date_view(d)),
                dnr: s.dnr.as_deref(),
                url: s.url.as_deref(),
            })
            .collect()
    }

    /// One source, as the pages show it.
    pub(super) fn source_view<'s>(&self, source: Option<&'s Source>) -> Option<SourceView<'s>> {
        source.map(|s| self.sources_view(std::slice::from_ref(s)).remove(0))
    }

    /// The action plan, grouped by where each action stands.
    fn plan(&self, c: CompactId) -> Result<Page, Problem> {
        #[derive(Serialize)]
        struct ActionView<'a> {
            title: &'a str,
            responsible: Option<&'a str>,
            due: Option<DateView>,
            done: Option<DateView>,
            overdue: bool,
            text_html: &'a str,
        }
        #[derive(Serialize)]
        struct Group<'a> {
            status: &'static str,
            label: String,
            actions: Vec<ActionView<'a>>,
        }
        #[derive(Serialize)]
        struct Data<'a> {
            compact: &'a CompactSummary,
            groups: Vec<Group<'a>>,
            done: usize,
            total: usize,
        }
        let (r, views) = (self.r, self.views);
        let head = r.head(c);
        let plan = r.plan(c);
        let now = r.today();
        let groups = ActionStatus::ALL
            .iter()
            .map(|&status| Group {
                status: status.key(),
                label: views.t(&format!("action_{}", status.key())),
                actions: plan
                    .iter()
                    .filter(|a| a.status == status)
                    .map(|a| ActionView {
                        title: &a.title,
                        responsible: a.responsible.as_deref(),
                        due: a.due.map(|d| views.date_view(d)),
                        done: a.done.map(|d| views.date_view(d)),
                        overdue: overdue(a.status, a.due, now),
                        text_html: &a.text_html,
                    })
                    .collect(),
            })
            .filter(|g| !g.actions.is_empty())
            .collect();
        self.html(
            "plan.html",
            About {
                title: format!("{} – {}", views.t("plan_title"), head.municipality),
                description: views.t("plan_description"),
                section: "",
                crumbs: vec![views.compact_link(r, c)],
                title_lang: None,
            },
            Data {
                compact: views.summary(r, c),
                groups,
                done: plan
                    .iter()
                    .filter(|a| a.status == ActionStatus::Done)
                    .count(),
                total: plan.len(),
            },
        )
    }
}
