//! The easy-to-read versions (lättläst): a page for each `lattlast.md`, marked as easy to read
//! in its heading and title, linking back to the page it retells, which links to it
//! (webbriktlinjer, guideline 12).

use serde::Serialize;

use super::family::{Family, Place};
use super::{About, Ctx};
use crate::content::CompactId;
use crate::diagnostics::Problem;
use crate::output::Page;
use crate::reads::Reader;
use crate::urls::{self, Words};
use crate::views::Link;

/// The easy-to-read version of a compact, or of the front page (`None`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct EasyJob(pub(crate) Option<CompactId>);

impl Family for EasyJob {
    fn list(r: &Reader<'_>, add: &mut dyn FnMut(Self)) {
        let compacts = r.ids().map(Some);
        for of in std::iter::once(None).chain(compacts) {
            if r.has_easy(of) {
                add(EasyJob(of));
            }
        }
    }

    fn place(self) -> Place {
        Place::Compact(self.0, 1, 0)
    }

    fn path(self, r: &Reader<'_>, words: Words) -> String {
        match self.0 {
            Some(c) => urls::compact_easy(words, r.slug(c)),
            None => urls::front_easy(words),
        }
    }

    fn in_sitemap(self) -> bool {
        true
    }

    fn make(self, page: &Ctx<'_, '_>) -> Result<Page, Problem> {
        page.easy(self.0)
    }
}

impl Ctx<'_, '_> {
    /// The easy-to-read version of compact `of`, or of the front page.
    fn easy(&self, of: Option<CompactId>) -> Result<Page, Problem> {
        #[derive(Serialize)]
        struct Data<'a> {
            /// The page's heading, without the mark.
            heading: String,
            /// The heading's language, when not the page's.
            heading_lang: Option<String>,
            /// The text's language, when not the page's.
            text_lang: Option<String>,
            body_html: &'a str,
            /// The page it retells.
            standard: Link,
        }
        let (r, views, config) = (self.r, self.views, self.input.config);
        let empty = Default::default();
        let easy = r.easy(of).unwrap_or(&empty);
        let (standard, lang, crumbs) = match of {
            Some(c) => {
                let lang = views.lang_of(r, c);
                let slug = r.slug(c);
                let head = r.head(c);
                let standard = Link {
                    title: head.title.clone(),
                    path: urls::compact(slug),
                    lang: lang.clone(),
                };
                let crumbs = vec![Link::new(head.municipality.clone(), urls::compact(slug))];
                (standard, lang, crumbs)
            }
            None => {
                let front = r.front();
                let standard = Link {
                    title: front.title.clone().unwrap_or_else(|| config.title.clone()),
                    path: "index.html".to_owned(),
                    lang: front.title.as_ref().and_then(|_| views.content_lang()),
                };
                let lang = views.content_lang();
                (standard, lang, Vec::new())
            }
        };
        let (heading, heading_lang) = match &easy.title {
            Some(title) => (title.clone(), lang.clone()),
            None => (standard.title.clone(), standard.lang.clone()),
        };
        let marked = format!("{}: {heading}", views.t("easy_badge"));
        let head = About {
            title: marked.clone(),
            description: easy.description.clone().unwrap_or(marked),
            section: "",
            crumbs,
            title_lang: None,
        };
        let mut common = self.common(&head);
        common.current = Some(views.t("easy_badge"));
        self.html_with(
            "easy.html",
            common,
            Data {
                heading,
                heading_lang,
                text_lang: lang,
                body_html: &easy.body_html,
                standard,
            },
        )
    }
}
