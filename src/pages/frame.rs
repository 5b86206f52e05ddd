//! What every page shares: the frame of header, navigation and breadcrumbs that the
//! template gets around the page's own data, and the one way a page is rendered.

use serde::Serialize;

use super::{Ctx, Nav};
use crate::diagnostics::Problem;
use crate::output::Page;
use crate::urls;
use crate::views::{DateView, Link};

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
    nav: &'a Nav,
    /// The publishing organisation, from site.yaml.
    organisation: Option<&'a str>,
    /// The logo's path in the output, from site.yaml.
    logo: Option<&'a str>,
    /// The day the page's facts are reckoned from, for a page that reckons from it: its
    /// printout says so.
    as_of: Option<DateView>,
}

#[derive(Serialize)]
struct Context<'a, T: Serialize> {
    #[serde(flatten)]
    common: Common<'a>,
    #[serde(flatten)]
    data: T,
}

/// What a page is called and where it sits, for [`Ctx::html`]; its address is its job's.
pub(super) struct About {
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
    pub(super) fn common(&self, head: &About) -> Common<'_> {
        let config = self.input.config;
        let theme = self.input.theme;
        let mut breadcrumbs = vec![Link::new(self.views.t("home"), "index.html".to_owned())];
        breadcrumbs.extend(head.crumbs.iter().cloned());
        Common {
            lang: config.language.code(),
            site_title: &config.title,
            t: theme.reads_strings.then_some(&theme.strings),
            root: urls::to_root(&self.path),
            title: head.title.clone(),
            title_lang: head.title_lang.clone(),
            current: None,
            description: head.description.clone(),
            canonical: format!("{}{}", config.base_url, urls::pretty(&self.path)),
            section: head.section,
            breadcrumbs,
            nav: self.nav,
            organisation: config.organisation.as_deref(),
            logo: config.logo(),
            as_of: None,
        }
    }

    /// Renders `template` as [`Ctx::html`] does, for a page whose facts are reckoned from
    /// the day (whether a follow-up is late, a timeline's today): its printout says the day.
    pub(super) fn html_of_the_day<T: Serialize>(
        &self,
        template: &str,
        head: About,
        data: T,
    ) -> Result<Page, Problem> {
        let mut common = self.common(&head);
        common.as_of = Some(self.views.date_view(self.r.today()));
        self.html_with(template, common, data)
    }

    /// Renders `template` for the page `head` describes, with `data`.
    pub(super) fn html<T: Serialize>(
        &self,
        template: &str,
        head: About,
        data: T,
    ) -> Result<Page, Problem> {
        let common = self.common(&head);
        self.html_with(template, common, data)
    }

    /// Renders `template` with `common` as made by [`Ctx::common`] and changed by the page.
    pub(super) fn html_with<T: Serialize>(
        &self,
        template: &str,
        common: Common<'_>,
        data: T,
    ) -> Result<Page, Problem> {
        let root = common.root.clone();
        let html = self
            .input
            .theme
            .render(template, &Context { common, data })?;
        let html = crate::markdown::place(html, &root);
        Ok(self.file(html.into_bytes()))
    }
}
