//! The easy-to-read versions (lättläst): a page for each `lattlast.md`, marked as easy to read
//! in its heading and title, linking back to the page it retells, which links to it
//! (webbriktlinjer, guideline 12).

use serde::Serialize;

use super::{Ctx, Head};
use crate::content::CompactId;
use crate::diagnostics::Problem;
use crate::output::Page;
use crate::urls;
use crate::views::Link;

impl Ctx<'_, '_> {
    /// The easy-to-read version of compact `of`, or of the front page.
    pub(super) fn easy(&self, of: Option<CompactId>) -> Result<Page, Problem> {
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
        let words = views.words();
        let empty = Default::default();
        let easy = r.easy(of).unwrap_or(&empty);
        let (standard, lang, crumbs, path) = match of {
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
                (standard, lang, crumbs, urls::compact_easy(words, slug))
            }
            None => {
                let front = r.front();
                let standard = Link {
                    title: front.title.clone().unwrap_or_else(|| config.title.clone()),
                    path: "index.html".to_owned(),
                    lang: front.title.as_ref().and_then(|_| views.content_lang()),
                };
                let lang = views.content_lang();
                (standard, lang, Vec::new(), urls::front_easy(words))
            }
        };
        let (heading, heading_lang) = match &easy.title {
            Some(title) => (title.clone(), lang.clone()),
            None => (standard.title.clone(), standard.lang.clone()),
        };
        let marked = format!("{}: {heading}", views.t("easy_badge"));
        let head = Head {
            path,
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
            head.path,
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
