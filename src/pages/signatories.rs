//! The organisations that joined a compact, by name and by the date they joined, in pages of
//! [`SIGNATORIES_PER_PAGE`] rows with links between them, so that no page grows with the
//! list: a list of 100,000 organisations is 200 pages in each order, each well under the
//! page budget. A list known to be partial says so, with where the full one is kept.

use std::fmt::Write as _;

use serde::Serialize;

use super::family::{Family, Place};
use super::living::SourceView;
use super::{About, Ctx};
use crate::content::{CompactId, PartialDate, Signatory, SIGNATORIES_PER_PAGE};
use crate::diagnostics::Problem;
use crate::html::escape;
use crate::output::Page;
use crate::reads::Reader;
use crate::urls::{self, Words};
use crate::views::{CompactSummary, Link, Views};

/// One page of a compact's signatories: by name, or by the date they joined (`by_date`),
/// the `page`th of the list in that order (0 the first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SignatoriesJob {
    compact: CompactId,
    by_date: bool,
    page: u16,
}

impl Family for SignatoriesJob {
    fn list(r: &Reader<'_>, add: &mut dyn FnMut(Self)) {
        for compact in r.ids() {
            for page in 0..r.parts(compact).signatory_pages {
                for by_date in [false, true] {
                    add(SignatoriesJob {
                        compact,
                        by_date,
                        page,
                    });
                }
            }
        }
    }

    fn place(self) -> Place {
        let order = if self.by_date { 6 } else { 5 };
        Place::Compact(Some(self.compact), order, u32::from(self.page))
    }

    fn path(self, r: &Reader<'_>, words: Words) -> String {
        let slug = r.slug(self.compact);
        urls::signatories_page(words, slug, self.by_date, self.page)
    }

    /// The same list in another order is no page of its own for search engines.
    fn in_sitemap(self) -> bool {
        !self.by_date
    }

    fn make(self, page: &Ctx<'_, '_>) -> Result<Page, Problem> {
        page.signatories(self.compact, self.by_date, self.page)
    }
}

/// One page of a list among its pages: what it holds, from the first row to the last.
#[derive(Serialize)]
struct PageLink {
    /// From the first row's name (or date) to the last's.
    title: String,
    path: String,
    /// This is the page shown.
    current: bool,
}

impl Ctx<'_, '_> {
    /// Page `page` (0 the first) of the organisations that joined, by name or by the date
    /// they joined. Its rows are written here, escaped, rather than row by row in the
    /// template, which would cost most of a build at national scale.
    fn signatories(&self, c: CompactId, by_date: bool, page: u16) -> Result<Page, Problem> {
        #[derive(Serialize)]
        struct Data<'a> {
            compact: &'a CompactSummary,
            rows_html: String,
            joined: usize,
            left: usize,
            /// Organisations whose joining is dated later than today.
            planned: usize,
            by_date: bool,
            other_order: Link,
            list_source: Option<SourceView<'a>>,
            /// The list holds only some of the organisations that joined.
            partial: bool,
            full_list: Option<SourceView<'a>>,
            /// The list's pages in this order, when there is more than one.
            pages: Vec<PageLink>,
        }
        let (r, views) = (self.r, self.views);
        let words = views.words();
        let slug = r.slug(c);
        let head = r.head(c);
        let signatories = r.signatories(c);
        let order = if by_date {
            &signatories.by_date
        } else {
            &signatories.by_name
        };
        let chunks: Vec<&[u32]> = order.chunks(SIGNATORIES_PER_PAGE).collect();
        let shown = chunks.get(usize::from(page)).copied().unwrap_or_default();
        let row = |i: u32| &signatories.list[i as usize];
        let label = |s: &Signatory| match (by_date, s.joined) {
            (true, Some(date)) => views.date_view(date).text,
            (true, None) => views.t("not_known"),
            (false, _) => s.name.clone(),
        };
        let pages = if chunks.len() > 1 {
            (0..chunks.len())
                .map(|i| {
                    let (first, last) = (chunks[i][0], chunks[i][chunks[i].len() - 1]);
                    PageLink {
                        title: format!("{} – {}", label(row(first)), label(row(last))),
                        path: urls::signatories_page(words, slug, by_date, i as u16),
                        current: i == usize::from(page),
                    }
                })
                .collect()
        } else {
            Vec::new()
        };
        let (other_key, path) = if by_date {
            ("signatories_by_name", false)
        } else {
            ("signatories_by_date", true)
        };
        let other_order = Link::new(
            views.t(other_key),
            urls::signatories_page(words, slug, path, 0),
        );
        let now = r.today();
        let rows_html = rows(views, shown.iter().map(|&i| row(i)), now);
        let mut title = format!("{} – {}", views.t("signatories_title"), head.municipality);
        if page > 0 {
            title = format!("{title} ({} {})", views.t("page_word"), page + 1);
        }
        self.html(
            "signatories.html",
            About {
                title,
                description: views.t("signatories_description"),
                section: "",
                crumbs: vec![views.compact_link(r, c)],
                title_lang: None,
            },
            Data {
                compact: views.summary(r, c),
                rows_html,
                joined: signatories.tally.members,
                left: signatories.tally.left,
                planned: signatories.tally.planned,
                by_date,
                other_order,
                list_source: self.source_view(signatories.source.as_ref()),
                partial: !signatories.complete,
                full_list: self.source_view(signatories.full_list.as_ref()),
                pages,
            },
        )
    }
}

/// The table's rows: the name (a link to the organisation's website, when it has one), when
/// it joined (or that it joins later), when it left, and its organisation number.
fn rows<'s>(
    views: &Views<'_>,
    list: impl Iterator<Item = &'s Signatory>,
    now: PartialDate,
) -> String {
    let not_known = escape(&views.t("not_known"));
    let planned = escape(&views.t("list_planned"));
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
    let mut out = String::with_capacity(SIGNATORIES_PER_PAGE * 160);
    for s in list {
        let name = escape(&s.name);
        out.push_str("<tr><th scope=\"row\">");
        match &s.url {
            Some(url) => {
                let _ = write!(out, "<a href=\"{}\">{name}</a>", escape(url));
            }
            None => out.push_str(&name),
        }
        let mut joined = date(
            s.joined,
            &format!("<span class=\"none\">{not_known}</span>"),
        );
        if s.joins_after(now) {
            joined = format!("{planned} {joined}");
        }
        let _ = writeln!(
            out,
            "</th><td>{joined}</td><td>{}</td><td>{}</td></tr>",
            date(s.left, "–"),
            s.org_number.as_deref().map_or("–".to_owned(), escape),
        );
    }
    out
}
