//! The pages about the site rather than a compact: the front page, search, the
//! accessibility statement and the page for addresses that do not exist.

use serde::Serialize;

use super::family::{Family, Nav, Place};
use super::{About, Ctx};
use crate::compare::GroupKey;
use crate::config::Compliance;
use crate::content::CompactId;
use crate::content::PartialDate;
use crate::diagnostics::Problem;
use crate::output::Page;
use crate::reads::Reader;
use crate::terms::key_name;
use crate::urls::{self, Words};
use crate::views::{split, CompactSummary, DateView, GroupView, Link};

/// DIGG's form for reporting a public website's lack of accessibility.
const DIGG_COMPLAINT_FORM: &str = "https://www.digg.se/tdosanmalan";

/// A page about the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum InfoJob {
    /// The front page.
    Front,
    /// The page a web server shows for an address that does not exist.
    NotFound,
    /// The accessibility statement.
    Accessibility,
    /// The search page.
    Search,
    /// The open data: each file, its format and size.
    OpenData,
}

impl Family for InfoJob {
    fn list(_: &Reader<'_>, add: &mut dyn FnMut(Self)) {
        for job in [
            InfoJob::Front,
            InfoJob::NotFound,
            InfoJob::Accessibility,
            InfoJob::Search,
            InfoJob::OpenData,
        ] {
            add(job);
        }
    }

    fn place(self) -> Place {
        Place::Site(match self {
            InfoJob::Front => 0,
            InfoJob::NotFound => 3,
            InfoJob::Accessibility => 4,
            InfoJob::Search => 5,
            InfoJob::OpenData => 7,
        })
    }

    fn path(self, _: &Reader<'_>, words: Words) -> String {
        match self {
            InfoJob::Front => urls::FRONT.to_owned(),
            InfoJob::NotFound => urls::NOT_FOUND.to_owned(),
            InfoJob::Accessibility => urls::accessibility(words),
            InfoJob::Search => urls::search(words),
            InfoJob::OpenData => urls::open_data(),
        }
    }

    fn in_sitemap(self) -> bool {
        matches!(self, InfoJob::Front | InfoJob::OpenData)
    }

    fn nav(words: Words, nav: &mut Nav) {
        nav.insert("home", urls::FRONT.to_owned());
        nav.insert("search", urls::search(words));
        nav.insert("accessibility", urls::accessibility(words));
        nav.insert("open_data", urls::open_data());
    }

    fn make(self, page: &Ctx<'_, '_>) -> Result<Page, Problem> {
        match self {
            InfoJob::Front => page.front(),
            InfoJob::NotFound => page.not_found(),
            InfoJob::Accessibility => page.accessibility(),
            InfoJob::Search => page.search(),
            InfoJob::OpenData => page.open_data(),
        }
    }
}

impl Ctx<'_, '_> {
    /// The open data's files, each with its format and size: the footer of every page leads
    /// here rather than to files that grow with the country.
    fn open_data(&self) -> Result<Page, Problem> {
        #[derive(Serialize)]
        struct File {
            name: String,
            path: String,
            format: &'static str,
            size: Option<String>,
        }
        #[derive(Serialize)]
        struct Data {
            files: Vec<File>,
        }
        let views = self.views;
        let words = views.words();
        let sizes = crate::data::sizes(self.r, &self.input.models.records);
        let file = |key: &str, path: &str, format, size: Option<usize>| File {
            name: views.t(key),
            path: path.to_owned(),
            format,
            size: size.map(|bytes| file_size(bytes, &views.t("decimal"))),
        };
        let files = vec![
            file("data_json", words.json, "JSON", Some(sizes.json)),
            file("data_csv", words.csv, "CSV", Some(sizes.csv)),
            file(
                "data_signatories_csv",
                words.signatories_csv,
                "CSV",
                Some(sizes.signatories),
            ),
            file("data_catalog", words.catalog, "RDF/XML (DCAT-AP-SE)", None),
            file("feed_link", urls::FEED, "Atom", None),
        ];
        let head = About {
            title: views.t("open_data"),
            description: views.t("data_intro"),
            section: "open_data",
            crumbs: Vec::new(),
            title_lang: None,
        };
        let common = self.common(&head);
        self.html_with("data.html", common, Data { files })
    }

    fn front(&self) -> Result<Page, Problem> {
        #[derive(Serialize)]
        struct Data<'a> {
            body_html: &'a str,
            /// The language of the front page's text, when not the page's.
            body_lang: Option<String>,
            compacts: Vec<&'a CompactSummary>,
            counties: Vec<GroupView>,
            topic_count: usize,
            /// The easy-to-read version's path, if there is one.
            easy: Option<String>,
        }
        let (r, views, config) = (self.r, self.views, self.input.config);
        let front = r.front();
        let title = front.title.clone().unwrap_or_else(|| config.title.clone());
        let description = front
            .description
            .clone()
            .or_else(|| config.description.clone())
            .unwrap_or_else(|| title.clone());
        let head = About {
            title,
            description,
            section: "home",
            crumbs: Vec::new(),
            title_lang: front.title.as_ref().and_then(|_| views.content_lang()),
        };
        let mut common = self.common(&head);
        common.breadcrumbs.clear();
        let (compacts, counties) = self.listed();
        self.html_with(
            "index.html",
            common,
            Data {
                body_html: &front.body_html,
                body_lang: views.content_lang(),
                compacts,
                counties,
                topic_count: r.topics().len(),
                easy: r.has_easy(None).then(|| urls::front_easy(views.words())),
            },
        )
    }

    fn accessibility(&self) -> Result<Page, Problem> {
        #[derive(Serialize)]
        struct Data<'a> {
            publisher: &'a str,
            compliance: Option<String>,
            not_accessible_html: Option<String>,
            method: Option<&'a str>,
            assessed: Option<DateView>,
            updated: Option<DateView>,
            contact: Option<&'a str>,
            contact_is_email: bool,
            response_time: Option<&'a str>,
            exempt_burden_html: Option<String>,
            out_of_scope_html: Option<String>,
            standard: &'a str,
            digg_url: &'static str,
        }
        let (views, config) = (self.views, self.input.config);
        let facts = &config.accessibility;
        let date = |date: &Option<PartialDate>| date.map(|d| views.date_view(d));
        let title = views.t("a11y_title");
        self.html(
            "accessibility.html",
            About {
                title: title.clone(),
                description: title,
                section: "",
                crumbs: Vec::new(),
                title_lang: None,
            },
            Data {
                publisher: config.organisation.as_deref().unwrap_or(&config.title),
                compliance: facts.compliance.map(|c| {
                    views.t(match c {
                        Compliance::Helt => "a11y_compliance_helt",
                        Compliance::Delvis => "a11y_compliance_delvis",
                        Compliance::Inte => "a11y_compliance_inte",
                    })
                }),
                not_accessible_html: facts.not_accessible.as_deref().map(crate::markdown::render),
                method: facts.method.as_deref(),
                assessed: date(&facts.assessed),
                updated: date(&facts.updated),
                contact: facts.contact.as_deref(),
                contact_is_email: facts
                    .contact
                    .as_deref()
                    .is_some_and(|c| c.contains('@') && !c.contains("://")),
                response_time: facts.response_time.as_deref(),
                exempt_burden_html: facts.exempt_burden.as_deref().map(crate::markdown::render),
                out_of_scope_html: facts.out_of_scope.as_deref().map(crate::markdown::render),
                standard: &facts.standard,
                digg_url: DIGG_COMPLAINT_FORM,
            },
        )
    }

    /// The search page: without JavaScript it lists the topics and compacts to browse; with
    /// it, it finds pages by any word.
    fn search(&self) -> Result<Page, Problem> {
        #[derive(Serialize)]
        struct Data<'a> {
            topics: Vec<Link>,
            compacts: Vec<&'a CompactSummary>,
            counties: Vec<GroupView>,
            /// The folder of the index's parts.
            index: &'static str,
            /// The parts there are, by their two letters, separated by spaces.
            parts: String,
            /// The counties to narrow the results to.
            filter_counties: Vec<GroupView>,
            /// The site is split by county: a topic has a page for each.
            split: bool,
            /// What search goes through, in a sentence, for a reader without JavaScript.
            searched: String,
        }
        let (r, views) = (self.r, self.views);
        let (compacts, counties) = self.listed();
        let parts: Vec<String> = r.keys().iter().map(|&key| key_name(key)).collect();
        let title = views.t("search_title");
        self.html(
            "search.html",
            About {
                title,
                description: views.t("search_description"),
                section: "search",
                crumbs: Vec::new(),
                title_lang: None,
            },
            Data {
                topics: r.topics().iter().map(|t| views.topic_link(t)).collect(),
                compacts,
                counties,
                index: urls::SEARCH_INDEX,
                parts: parts.join(" "),
                filter_counties: r
                    .groups()
                    .into_iter()
                    .filter(|(key, _)| *key != GroupKey::National)
                    .map(|(key, members)| views.group_view(key, members, split(r)))
                    .collect(),
                split: split(r),
                searched: views
                    .t("search_noscript")
                    .replacen("{}", &grouped(r.compacts()), 1)
                    .replacen("{}", &grouped(r.topics().len()), 1),
            },
        )
    }

    /// The compacts a page lists one by one, and the counties it lists instead of theirs: on
    /// a site split by county, the national compact and every county; else every compact.
    fn listed(&self) -> (Vec<&CompactSummary>, Vec<GroupView>) {
        let (r, views) = (self.r, self.views);
        if !split(r) {
            return (views.summaries(r), Vec::new());
        }
        let national: &[CompactId] = r.group(GroupKey::National);
        let counties = r
            .groups()
            .into_iter()
            .filter(|(key, _)| *key != GroupKey::National)
            .map(|(key, members)| views.group_view(key, members, true))
            .collect();
        (
            national.iter().map(|&c| views.summary(r, c)).collect(),
            counties,
        )
    }

    /// The 404 page is served at any depth, so its links start from the site's own path.
    fn not_found(&self) -> Result<Page, Problem> {
        let views = self.views;
        let head = About {
            title: views.t("not_found_title"),
            description: views.t("not_found_title"),
            section: "",
            crumbs: Vec::new(),
            title_lang: None,
        };
        #[derive(Serialize)]
        struct Data {
            /// Whether the site has the list of counties with their compacts.
            counties: bool,
        }
        let mut common = self.common(&head);
        common.root = urls::base_path(&self.input.config.base_url);
        common.breadcrumbs.clear();
        let counties = split(self.r);
        self.html_with("404.html", common, Data { counties })
    }
}

/// `n` with its thousands set apart by a space that does not break: "3 000".
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn thousands_are_set_apart() {
        assert_eq!(super::grouped(7), "7");
        assert_eq!(super::grouped(3000), "3\u{a0}000");
        assert_eq!(super::grouped(1_104_000), "1\u{a0}104\u{a0}000");
    }
}

/// A file's size as a reader sees it: kB below a megabyte, else MB with one decimal, the
/// decimal sign of the page's language.
fn file_size(bytes: usize, decimal: &str) -> String {
    if bytes < 1_000_000 {
        format!("{} kB", bytes.div_ceil(1000))
    } else {
        let tenths = (bytes + 50_000) / 100_000;
        format!("{}{decimal}{} MB", tenths / 10, tenths % 10)
    }
}

#[cfg(test)]
mod size_tests {
    use super::file_size;

    #[test]
    fn sizes_read_as_kilobytes_and_megabytes() {
        assert_eq!(file_size(11_293, ","), "12 kB");
        assert_eq!(file_size(8_036_627, ","), "8,0 MB");
        assert_eq!(file_size(74_960_000, "."), "75.0 MB");
        assert_eq!(file_size(1_658_139, ","), "1,7 MB");
    }
}
