//! A compact's living parts, each on its own page: its earlier versions (and what changed
//! from each to the next), the organisations that joined, and its action plan.

use serde::Serialize;

use super::{Ctx, Head};
use crate::compare::{compare_versions, Changed, Words};
use crate::content::{ActionStatus, CompactId, PartialDate, Principle, Source};
use crate::date::today;
use crate::diagnostics::Problem;
use crate::output::Page;
use crate::urls;
use crate::views::{CompactSummary, DateView, Link};

/// A source, as the pages show it.
#[derive(Serialize)]
pub(super) struct SourceView<'a> {
    title: &'a str,
    date: Option<DateView>,
    dnr: Option<&'a str>,
    url: Option<&'a str>,
}

/// A principle of an earlier version, which has no page of its own.
#[derive(Serialize)]
struct OldPrinciple<'a> {
    slug: &'a str,
    title: &'a str,
    body_html: &'a str,
}

/// A stretch of reworded text: `kind` is `same`, `removed` or `added`.
#[derive(Serialize)]
struct WordsView<'a> {
    kind: &'static str,
    text: &'a str,
}

#[derive(Serialize)]
struct ChangedView<'a> {
    before: &'a str,
    after: &'a str,
    words: Vec<WordsView<'a>>,
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

    /// The compact's versions on one line of time, the one in force last.
    pub(super) fn versions(&self, c: CompactId) -> Result<Page, Problem> {
        #[derive(Serialize)]
        struct Entry {
            date: Option<DateView>,
            title: String,
            decided_by: Option<String>,
            path: String,
            current: bool,
        }
        #[derive(Serialize)]
        struct Data<'a> {
            compact: &'a CompactSummary,
            versions: Vec<Entry>,
        }
        let (r, views) = (self.r, self.views);
        let words = views.words();
        let slug = r.slug(c);
        let head = r.head(c);
        let mut versions: Vec<Entry> = r
            .versions(c)
            .iter()
            .map(|v| Entry {
                date: Some(views.date_view(v.date)),
                title: v.title.clone().unwrap_or_else(|| head.title.clone()),
                decided_by: v.decided_by.clone(),
                path: urls::version(words, slug, &v.date.to_string()),
                current: false,
            })
            .collect();
        versions.push(Entry {
            date: head.revised.or(head.adopted).map(|d| views.date_view(d)),
            title: head.title.clone(),
            decided_by: head.decided_by.clone(),
            path: urls::compact(slug),
            current: true,
        });
        self.html(
            "versions.html",
            Head {
                path: urls::versions(words, slug),
                title: format!("{} – {}", views.t("versions_title"), head.municipality),
                description: views.t("versions_description"),
                section: "",
                crumbs: vec![views.compact_link(r, c)],
            },
            Data {
                compact: views.summary(r, c),
                versions,
            },
        )
    }

    /// One earlier version: its text, its principles, and what changed in the next.
    pub(super) fn version(&self, c: CompactId, index: usize) -> Result<Page, Problem> {
        #[derive(Serialize)]
        struct Data<'a> {
            compact: &'a CompactSummary,
            date: DateView,
            title: &'a str,
            decided_by: Option<&'a str>,
            summary: Option<&'a str>,
            sources: Vec<SourceView<'a>>,
            body_html: &'a str,
            principles: Vec<OldPrinciple<'a>>,
            next: Link,
            added: Vec<&'a str>,
            removed: Vec<&'a str>,
            renamed: Vec<ChangedView<'a>>,
            reworded: Vec<ChangedView<'a>>,
            unchanged: bool,
            comparable: bool,
        }
        let (r, views) = (self.r, self.views);
        let words = views.words();
        let slug = r.slug(c);
        let head = r.head(c);
        let versions = r.versions(c);
        let version = &versions[index];
        let (next_principles, next): (Vec<Principle>, Link) = match versions.get(index + 1) {
            Some(next) => (
                next.principles.clone(),
                Link {
                    title: views.date_view(next.date).text,
                    path: urls::version(words, slug, &next.date.to_string()),
                },
            ),
            None => (
                r.outline(c)
                    .into_iter()
                    .map(|(p, _)| r.principle(p).clone())
                    .collect(),
                Link {
                    title: views.t("version_in_force"),
                    path: urls::compact(slug),
                },
            ),
        };
        let comparable = !version.principles.is_empty() && !next_principles.is_empty();
        let diff = compare_versions(&version.principles, &next_principles);
        let unchanged = comparable && diff.is_empty();
        let date = views.date_view(version.date);
        self.html(
            "version.html",
            Head {
                path: urls::version(words, slug, &version.date.to_string()),
                title: format!(
                    "{} {} – {}",
                    views.t("version_of"),
                    date.text,
                    head.municipality
                ),
                description: version
                    .summary
                    .clone()
                    .unwrap_or_else(|| head.title.clone()),
                section: "",
                crumbs: vec![
                    views.compact_link(r, c),
                    Link {
                        title: views.t("versions_title"),
                        path: urls::versions(words, slug),
                    },
                ],
            },
            Data {
                compact: views.summary(r, c),
                date,
                title: version.title.as_deref().unwrap_or(&head.title),
                decided_by: version.decided_by.as_deref(),
                summary: version.summary.as_deref(),
                sources: self.sources_view(&version.sources),
                body_html: &version.body_html,
                principles: version
                    .principles
                    .iter()
                    .map(|p| OldPrinciple {
                        slug: &p.slug,
                        title: &p.title,
                        body_html: &p.body_html,
                    })
                    .collect(),
                next,
                added: diff.added.iter().map(|p| p.title.as_str()).collect(),
                removed: diff.removed.iter().map(|p| p.title.as_str()).collect(),
                renamed: diff.renamed.iter().map(changed_view).collect(),
                reworded: diff.reworded.iter().map(changed_view).collect(),
                unchanged,
                comparable,
            },
        )
    }

    /// The organisations that joined, by name or by the date they joined.
    pub(super) fn signatories(&self, c: CompactId, by_date: bool) -> Result<Page, Problem> {
        #[derive(Serialize)]
        struct Row<'a> {
            name: &'a str,
            url: Option<&'a str>,
            joined: Option<DateView>,
            left: Option<DateView>,
            org_number: Option<&'a str>,
        }
        #[derive(Serialize)]
        struct Data<'a> {
            compact: &'a CompactSummary,
            rows: Vec<Row<'a>>,
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
        if by_date {
            // Newest first; those without a date last, by name.
            list.sort_by(|a, b| {
                b.joined.cmp(&a.joined).then_with(|| {
                    crate::content::swedish_key(&a.name).cmp(&crate::content::swedish_key(&b.name))
                })
            });
        } else {
            list.sort_by_key(|s| crate::content::swedish_key(&s.name));
        }
        let (path, other_order) = if by_date {
            (
                urls::signatories_by_date(words, slug),
                Link {
                    title: views.t("signatories_by_name"),
                    path: urls::signatories(words, slug),
                },
            )
        } else {
            (
                urls::signatories(words, slug),
                Link {
                    title: views.t("signatories_by_date"),
                    path: urls::signatories_by_date(words, slug),
                },
            )
        };
        let left = signatories.list.iter().filter(|s| s.left.is_some()).count();
        self.html(
            "signatories.html",
            Head {
                path,
                title: format!("{} – {}", views.t("signatories_title"), head.municipality),
                description: views.t("signatories_description"),
                section: "",
                crumbs: vec![views.compact_link(r, c)],
            },
            Data {
                compact: views.summary(r, c),
                rows: list
                    .into_iter()
                    .map(|s| Row {
                        name: &s.name,
                        url: s.url.as_deref(),
                        joined: s.joined.map(|d| views.date_view(d)),
                        left: s.left.map(|d| views.date_view(d)),
                        org_number: s.org_number.as_deref(),
                    })
                    .collect(),
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
    pub(super) fn plan(&self, c: CompactId) -> Result<Page, Problem> {
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
        let slug = r.slug(c);
        let head = r.head(c);
        let plan = r.plan(c);
        let now = today();
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
            Head {
                path: urls::plan(views.words(), slug),
                title: format!("{} – {}", views.t("plan_title"), head.municipality),
                description: views.t("plan_description"),
                section: "",
                crumbs: vec![views.compact_link(r, c)],
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

/// A principle that changed, as the version page shows it.
fn changed_view<'a>(changed: &'a Changed<'_>) -> ChangedView<'a> {
    ChangedView {
        before: &changed.before.title,
        after: &changed.after.title,
        words: changed
            .words
            .iter()
            .flatten()
            .map(|w| match w {
                Words::Same(text) => WordsView { kind: "same", text },
                Words::Removed(text) => WordsView {
                    kind: "removed",
                    text,
                },
                Words::Added(text) => WordsView {
                    kind: "added",
                    text,
                },
            })
            .collect(),
    }
}

/// An action still open whose due date has passed.
pub(super) fn overdue(status: ActionStatus, due: Option<PartialDate>, today: PartialDate) -> bool {
    matches!(status, ActionStatus::Planned | ActionStatus::Ongoing)
        && due.is_some_and(|d| d.is_past(today))
}
