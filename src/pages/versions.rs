//! A compact's versions on one line of time, and each earlier version on its own page: its
//! text, its principles, and what changed from it to the next, word by word.

use serde::Serialize;

use super::family::{Family, Place};
use super::living::SourceView;
use super::{About, Ctx};
use crate::compare::{compare_versions, Changed, Stretch};
use crate::content::{CompactId, Principle};
use crate::diagnostics::Problem;
use crate::output::Page;
use crate::reads::Reader;
use crate::urls;
use crate::views::{CompactSummary, DateView, Link};

/// A compact's earlier versions on one line of time, or (`Some`) one of them, by its place
/// among them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct VersionJob(pub(crate) CompactId, pub(crate) Option<u16>);

impl Family for VersionJob {
    fn list(r: &Reader<'_>, add: &mut dyn FnMut(Self)) {
        for c in r.ids() {
            let earlier = r.parts(c).versions.len() as u16;
            if earlier > 0 {
                add(VersionJob(c, None));
                for i in 0..earlier {
                    add(VersionJob(c, Some(i)));
                }
            }
        }
    }

    fn place(self) -> Place {
        match self.1 {
            None => Place::Compact(Some(self.0), 3, 0),
            Some(i) => Place::Compact(Some(self.0), 4, u32::from(i)),
        }
    }

    fn path(self, r: &Reader<'_>, words: urls::Words) -> String {
        let slug = r.slug(self.0);
        match self.1 {
            None => urls::versions(words, slug),
            Some(i) => {
                let date = r.parts(self.0).versions.get(usize::from(i));
                let date = date.map(|d| d.to_string()).unwrap_or_default();
                urls::version(words, slug, &date)
            }
        }
    }

    fn in_sitemap(self) -> bool {
        true
    }

    fn make(self, page: &Ctx<'_, '_>) -> Result<Page, Problem> {
        match self.1 {
            None => page.versions(self.0),
            Some(i) => page.version(self.0, usize::from(i)),
        }
    }
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
    /// The compact's versions on one line of time, the one in force last.
    fn versions(&self, c: CompactId) -> Result<Page, Problem> {
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
            About {
                title: format!("{} – {}", views.t("versions_title"), head.municipality),
                description: views.t("versions_description"),
                section: "",
                crumbs: vec![views.compact_link(r, c)],
                title_lang: None,
            },
            Data {
                compact: views.summary(r, c),
                versions,
            },
        )
    }

    /// One earlier version: its text, its principles, and what changed in the next.
    fn version(&self, c: CompactId, index: usize) -> Result<Page, Problem> {
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
                Link::new(
                    views.date_view(next.date).text,
                    urls::version(words, slug, &next.date.to_string()),
                ),
            ),
            None => (
                r.outline(c)
                    .into_iter()
                    .map(|(p, _)| r.principle(p).clone())
                    .collect(),
                Link::new(
                    views.t(if head.status.in_force() {
                        "version_in_force"
                    } else {
                        "version_last"
                    }),
                    urls::compact(slug),
                ),
            ),
        };
        let comparable = !version.principles.is_empty() && !next_principles.is_empty();
        let diff = compare_versions(&version.principles, &next_principles);
        let unchanged = comparable && diff.is_empty();
        let date = views.date_view(version.date);
        self.html(
            "version.html",
            About {
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
                    Link::new(views.t("versions_title"), urls::versions(words, slug)),
                ],
                title_lang: views.lang_of(r, c),
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
                Stretch::Same(text) => WordsView { kind: "same", text },
                Stretch::Removed(text) => WordsView {
                    kind: "removed",
                    text,
                },
                Stretch::Added(text) => WordsView {
                    kind: "added",
                    text,
                },
            })
            .collect(),
    }
}
