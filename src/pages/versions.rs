//! A compact's versions on one line of time, and each earlier version on its own page: its
//! text, its principles, and what changed from it to the next, word by word.

use serde::Serialize;

use super::changes::{changed_view, ComparisonView};
use super::family::{Family, Place};
use super::living::SourceView;
use super::{About, Ctx};
use crate::compare::{compare_versions, VersionDiff};
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

    /// One earlier version: what changed in the next version and in the one in force, then
    /// its text and its principles.
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
            /// It gives no principles, and the next version's are its own.
            same_as_next: bool,
            next: Link,
            comparisons: Vec<ComparisonView<'a>>,
        }
        let (r, views) = (self.r, self.views);
        let words = views.words();
        let slug = r.slug(c);
        let head = r.head(c);
        let versions = r.versions(c);
        let version = &versions[index];
        let in_force = Link::new(
            views.t(if head.status.in_force() {
                "version_in_force"
            } else {
                "version_last"
            }),
            urls::compact(slug),
        );
        let next = match versions.get(index + 1) {
            Some(next) => Link::new(
                views.date_view(next.date).text,
                urls::version(words, slug, &next.date.to_string()),
            ),
            None => in_force.clone(),
        };
        let own = principles_of(r, c, index);
        // The later versions compared: the next, and the one in force when it is not the next.
        let mut later = vec![(
            next.clone(),
            principles_of(r, c, index + 1),
            "changes-heading",
        )];
        if index + 1 < versions.len() && !own.is_empty() {
            later.push((
                in_force,
                principles_of(r, c, versions.len()),
                "changes-in-force-heading",
            ));
        }
        let diffs: Vec<_> = later
            .iter()
            .map(|(_, theirs, _)| compare_versions(&own, theirs))
            .collect();
        let comparisons = later
            .iter()
            .zip(&diffs)
            .enumerate()
            .map(|(i, ((with, theirs, id), diff))| {
                let summary = if own.is_empty() {
                    views.t("version_not_comparable")
                } else if theirs.is_empty() {
                    views.t(if i == 0 {
                        "version_not_comparable_next"
                    } else {
                        "version_not_comparable_later"
                    })
                } else if diff.is_empty() {
                    views.t(if i > 0 {
                        "version_unchanged_later"
                    } else if version.principles.is_empty() && version.same_as_next {
                        "version_same_as_next"
                    } else {
                        "version_unchanged"
                    })
                } else {
                    self.counted(diff)
                };
                ComparisonView {
                    with: with.clone(),
                    id,
                    label: views.t(if i == 0 {
                        "version_changes"
                    } else {
                        "version_changes_in_force"
                    }),
                    summary,
                    changed: !own.is_empty() && !theirs.is_empty() && !diff.is_empty(),
                    added: diff.added.iter().map(|p| p.title.as_str()).collect(),
                    removed: diff.removed.iter().map(|p| p.title.as_str()).collect(),
                    renamed: diff.renamed.iter().map(changed_view).collect(),
                    reworded: diff.reworded.iter().map(changed_view).collect(),
                }
            })
            .collect();
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
                same_as_next: version.principles.is_empty() && version.same_as_next,
                next,
                comparisons,
            },
        )
    }

    /// What changed, counted in words: "1 ny princip, 1 namnbyte, 2 ändrade texter".
    fn counted(&self, diff: &VersionDiff<'_>) -> String {
        let texts = diff.reworded.len() + diff.renamed.iter().filter(|c| c.words.is_some()).count();
        [
            (diff.added.len(), "diff_count_added"),
            (diff.removed.len(), "diff_count_removed"),
            (diff.renamed.len(), "diff_count_renamed"),
            (texts, "diff_count_reworded"),
        ]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, key)| {
            let form = if n == 1 { "one" } else { "many" };
            format!("{n} {}", self.views.t(&format!("{key}_{form}")))
        })
        .collect::<Vec<_>>()
        .join(", ")
    }
}

/// The principles of compact `c`'s version `index`, counting the one in force as the last:
/// its own, or for one that gives none and whose content did not change in the next, the
/// next's. Empty when they are not here.
fn principles_of(r: &Reader<'_>, c: CompactId, index: usize) -> Vec<Principle> {
    let versions = r.versions(c);
    let mut at = index;
    while let Some(version) = versions.get(at) {
        if !version.principles.is_empty() || !version.same_as_next {
            return version.principles.clone();
        }
        at += 1;
    }
    r.outline(c)
        .into_iter()
        .map(|(p, _)| r.principle(p).clone())
        .collect()
}
