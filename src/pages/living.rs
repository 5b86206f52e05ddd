//! A compact's living parts, each on its own page: the organisations that joined and the
//! action plan (its versions are in `versions`).

use std::fmt::Write as _;

use serde::Serialize;

use super::family::{Family, Place};
use super::{About, Ctx};
use crate::compare::overdue;
use crate::content::{ActionStatus, CompactId, PartialDate, Source};
use crate::diagnostics::Problem;
use crate::html::escape;
use crate::output::Page;
use crate::reads::Reader;
use crate::urls::{self, Words};
use crate::views::{CompactSummary, DateView, Link};

/// A compact's living parts, each on its own page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LivingJob {
    /// A compact's signatories, by name.
    Signatories(CompactId),
    /// A compact's signatories, by the date they joined.
    SignatoriesByDate(CompactId),
    /// A compact's action plan.
    Plan(CompactId),
}

impl Family for LivingJob {
    fn list(r: &Reader<'_>, add: &mut dyn FnMut(Self)) {
        for c in r.ids() {
            let parts = r.parts(c);
            if parts.signatories {
                add(LivingJob::Signatories(c));
                add(LivingJob::SignatoriesByDate(c));
            }
            if parts.plan {
                add(LivingJob::Plan(c));
            }
        }
    }

    fn place(self) -> Place {
        match self {
            LivingJob::Signatories(c) => Place::Compact(Some(c), 5, 0),
            LivingJob::SignatoriesByDate(c) => Place::Compact(Some(c), 6, 0),
            LivingJob::Plan(c) => Place::Compact(Some(c), 7, 0),
        }
    }

    fn path(self, r: &Reader<'_>, words: Words) -> String {
        match self {
            LivingJob::Signatories(c) => urls::signatories(words, r.slug(c)),
            LivingJob::SignatoriesByDate(c) => urls::signatories_by_date(words, r.slug(c)),
            LivingJob::Plan(c) => urls::plan(words, r.slug(c)),
        }
    }

    /// The same list in another order is no page of its own for search engines.
    fn in_sitemap(self) -> bool {
        !matches!(self, LivingJob::SignatoriesByDate(_))
    }

    fn make(self, page: &Ctx<'_, '_>) -> Result<Page, Problem> {
        match self {
            LivingJob::Signatories(c) => page.signatories(c, false),
            LivingJob::SignatoriesByDate(c) => page.signatories(c, true),
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

    /// The organisations that joined, by name or by the date they joined. A list may hold
    /// hundreds of rows: they are written here, escaped, rather than row by row in the
    /// template, which would cost most of a build at national scale.
    fn signatories(&self, c: CompactId, by_date: bool) -> Result<Page, Problem> {
        #[derive(Serialize)]
        struct Data<'a> {
            compact: &'a CompactSummary,
            rows_html: String,
            joined: usize,
            left: usize,
            by_date: bool,
            other_order: Link,
            list_source: Option<SourceView<'a>>,
        }
        let (r, views) = (self.r, self.views);
        let words = views.words();
        let slug = r.slug(c);
        let head = r.head(c);
        let signatories = r.signatories(c);
        let mut list: Vec<_> = signatories.list.iter().collect();
        // Each name's sort key is made once, not at every comparison.
        if by_date {
            // Newest first; those without a date last, by name.
            list.sort_by_cached_key(|s| {
                (
                    std::cmp::Reverse(s.joined),
                    crate::content::swedish_key(&s.name),
                )
            });
        } else {
            list.sort_by_cached_key(|s| crate::content::swedish_key(&s.name));
        }
        let other_order = if by_date {
            Link::new(
                views.t("signatories_by_name"),
                urls::signatories(words, slug),
            )
        } else {
            Link::new(
                views.t("signatories_by_date"),
                urls::signatories_by_date(words, slug),
            )
        };
        let not_known = escape(&views.t("not_known"));
        let date = |d: Option<PartialDate>, none: &str| match d {
            Some(d) => {
                let view = views.date_view(d);
                format!(
                    "<time datetime=\"{}\">{}</time>",
                    view.iso,
                    escape(&view.text)
                )
            }
            None => none.to_owned(),
        };
        let mut rows_html = String::with_capacity(list.len() * 160);
        for s in &list {
            let name = escape(&s.name);
            rows_html.push_str("<tr><th scope=\"row\">");
            match &s.url {
                Some(url) => {
                    let _ = write!(rows_html, "<a href=\"{}\">{name}</a>", escape(url));
                }
                None => rows_html.push_str(&name),
            }
            let joined = date(
                s.joined,
                &format!("<span class=\"none\">{not_known}</span>"),
            );
            let _ = writeln!(
                rows_html,
                "</th><td>{joined}</td><td>{}</td><td>{}</td></tr>",
                date(s.left, "–"),
                s.org_number.as_deref().map_or("–".to_owned(), escape),
            );
        }
        let left = signatories.list.iter().filter(|s| s.left.is_some()).count();
        self.html(
            "signatories.html",
            About {
                title: format!("{} – {}", views.t("signatories_title"), head.municipality),
                description: views.t("signatories_description"),
                section: "",
                crumbs: vec![views.compact_link(r, c)],
                title_lang: None,
            },
            Data {
                compact: views.summary(r, c),
                rows_html,
                joined: signatories.list.len() - left,
                left,
                by_date,
                other_order,
                list_source: signatories
                    .source
                    .as_ref()
                    .map(|s| self.sources_view(std::slice::from_ref(s)).remove(0)),
            },
        )
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
