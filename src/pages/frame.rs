//! What every page shares: the frame of header, navigation and breadcrumbs that the
//! template gets around the page's own data, and the one way a page is rendered.

use serde::Serialize;

use super::Ctx;
use crate::diagnostics::Problem;
use crate::output::Page;
use crate::urls;
use crate::views::Link;

/// What every page's template gets.
#[derive(Serialize)]
pub(super) struct Common<'a> {
    lang: &'static str,
    site_title: &'a str,
    /// The theme's strings, for templates that read them in ways not written in at load.
    #[serde(skip_serializing_if = "Option::is_none")]
    t: Option<&'a crate::templates::Strings>,
    /// `../` once per folder level, to reach the output root.
    pub(super) root: String,
    title: String,
    /// The title's language, when it is content in another language than the page's.
    title_lang: Option<String>,
    /// What the breadcrumbs call the page, when not its title.
    pub(super) current: Option<String>,
    description: String,
    canonical: String,
    /// Which navigation entry is current: `home`, `compare`, `timeline` or empty.
    section: &'static str,
    pub(super) breadcrumbs: Vec<Link>,
    nav: Nav,
    /// The publishing organisation, from site.yaml.
    organisation: Option<&'a str>,
    /// The logo's path in the output, from site.yaml.
    logo: Option<&'a str>,
}

#[derive(Serialize)]
struct Nav {
    home: String,
    compare: String,
    timeline: String,
    overview: String,
    json: String,
    csv: String,
    feed: String,
    search: String,
    accessibility: String,
}

#[derive(Serialize)]
struct Context<'a, T: Serialize> {
    #[serde(flatten)]
    common: Common<'a>,
    #[serde(flatten)]
    data: T,
}

/// What a page is called and where it sits, for [`Ctx::html`].
pub(super) struct Head {
    pub(super) path: String,
    pub(super) title: String,
    pub(super) description: String,
    /// Which navigation entry is current.
    pub(super) section: &'static str,
    /// The way from the front page, after "Home".
    pub(super) crumbs: Vec<Link>,
    /// The language of the title, when it is content in another language than the page's.
    pub(super) title_lang: Option<String>,
}

impl Ctx<'_, '_> {
    pub(super) fn common(&self, head: &Head) -> Common<'_> {
        let config = self.input.config;
        let theme = self.input.theme;
        let words = self.views.words();
        let mut breadcrumbs = vec![Link::new(self.views.t("home"), "index.html".to_owned())];
        breadcrumbs.extend(head.crumbs.iter().cloned());
        Common {
            lang: config.language.code(),
            site_title: &config.title,
            t: theme.reads_strings.then_some(&theme.strings),
            root: urls::to_root(&head.path),
            title: head.title.clone(),
            title_lang: head.title_lang.clone(),
            current: None,
            description: head.description.clone(),
            canonical: format!("{}{}", config.base_url, urls::pretty(&head.path)),
            section: head.section,
            breadcrumbs,
            nav: Nav {
                home: "index.html".to_owned(),
                compare: urls::compare(words),
                timeline: urls::timeline(words),
                overview: urls::overview(words),
                json: words.json.to_owned(),
                csv: words.csv.to_owned(),
                feed: urls::FEED.to_owned(),
                search: urls::search(words),
                accessibility: urls::accessibility(words),
            },
            organisation: config.organisation.as_deref(),
            logo: config.logo(),
        }
    }

    /// Renders `template` for the page `head` describes, with `data`.
    pub(super) fn html<T: Serialize>(
        &self,
        template: &str,
        head: Head,
        data: T,
    ) -> Result<Page, Problem> {
        let common = self.common(&head);
        self.html_with(template, head.path, common, data)
    }

    pub(super) fn html_with<T: Serialize>(
        &self,
        template: &str,
        path: String,
        common: Common<'_>,
        data: T,
    ) -> Result<Page, Problem> {
        let root = common.root.clone();
        let html = self
            .input
            .theme
            .render(template, &Context { common, data })?;
        let html = crate::markdown::place(html, &root);
        Ok(Page {
            path,
            bytes: html.into_bytes(),
        })
    }
}
