//! Rendering: every page of the site, as (path, bytes), from the loaded site.

use serde::Serialize;

use crate::compare::{self, Matrix};
use crate::content::Content;
use crate::content::{Contact, Source};
use crate::diagnostics::{BuildError, Problem, Problems};
use crate::site::Site;
use crate::views::{paths, CellView, CompactSummary, DateView, Link, PrincipleView, Views};

/// One output file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// Path in the output folder, with `/` separators.
    pub path: String,
    /// The file's bytes.
    pub bytes: Vec<u8>,
}

/// How many other compacts' wordings a principle page quotes per topic before it sends the
/// reader to the topic page; keeps principle pages from growing with the number of compacts.
pub const QUOTED_ON_PRINCIPLE_PAGE: usize = 3;

/// What every page's template gets.
#[derive(Serialize)]
struct Common<'a> {
    lang: &'static str,
    site_title: &'a str,
    /// The theme's strings, for templates that read them in ways not written in at load.
    #[serde(skip_serializing_if = "Option::is_none")]
    t: Option<&'a crate::templates::Strings>,
    /// `../` once per folder level, to reach the output root.
    root: String,
    title: String,
    description: String,
    canonical: String,
    /// Which navigation entry is current: `home`, `compare`, `timeline` or empty.
    section: &'static str,
    breadcrumbs: Vec<Link>,
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
    json: String,
    csv: String,
    feed: String,
    search: String,
    accessibility: String,
}

#[derive(Serialize)]
struct Ctx<'a, T: Serialize> {
    #[serde(flatten)]
    common: Common<'a>,
    #[serde(flatten)]
    data: T,
}

/// Renders every page and data file.
pub fn render(site: &Site) -> Result<Vec<Page>, BuildError> {
    render_jobs(site, &all_jobs(&site.content), true)
}

/// Every page of the site, as jobs.
pub fn all_jobs(content: &Content) -> Vec<Job> {
    let mut jobs: Vec<Job> = vec![
        Job::Front,
        Job::Compare,
        Job::Timeline,
        Job::NotFound,
        Job::Accessibility,
        Job::Search,
    ];
    for (ci, compact) in content.compacts.iter().enumerate() {
        jobs.push(Job::Compact(ci));
        jobs.extend((0..compact.principles.len()).map(|pi| Job::Principle(ci, pi)));
    }
    jobs.extend((0..content.topics.len()).map(Job::Topic));
    jobs
}

/// Renders the given pages, in parallel, and the data files when `data` is set. Each page's
/// problems are collected; none stops the others.
pub fn render_jobs(site: &Site, jobs: &[Job], data: bool) -> Result<Vec<Page>, BuildError> {
    render_each(site, jobs, data, Ok)
}

/// Renders the given pages, and the data files when `data` is set, in parallel, handing
/// each to `deliver` as soon as it is made: a build writes a page and lets it go, rather
/// than holding the whole site. Every page's problems are collected, none stops the others;
/// a failure of `deliver` (a file that cannot be written) stops the rest.
pub fn render_each<T, F>(
    site: &Site,
    jobs: &[Job],
    data: bool,
    deliver: F,
) -> Result<Vec<T>, BuildError>
where
    T: Send,
    F: Fn(Page) -> Result<T, BuildError> + Sync,
{
    use rayon::prelude::*;
    enum Failed {
        Page(Problem),
        Deliver(BuildError),
    }
    let views = Views::new(&site.content, &site.theme.strings, site.config.language);
    let renderer = Renderer {
        site,
        views: &views,
        matrix: &site.matrix,
    };
    let deliver = |page| deliver(page).map_err(Failed::Deliver);
    // The data files come from the content alone: made beside the pages.
    let (pages, data_files) = rayon::join(
        || -> Vec<Result<T, Failed>> {
            jobs.par_iter()
                .map(|job| deliver(renderer.page(*job).map_err(Failed::Page)?))
                .collect()
        },
        || -> Result<Vec<T>, Failed> {
            if !data {
                return Ok(Vec::new());
            }
            crate::data::files(site, &views)
                .into_iter()
                .map(deliver)
                .collect()
        },
    );
    let mut problems = Problems::default();
    let mut delivered = Vec::with_capacity(pages.len() + 8);
    let data_files = data_files.map_or_else(
        |failed| vec![Err(failed)],
        |files| files.into_iter().map(Ok).collect(),
    );
    for result in pages.into_iter().chain(data_files) {
        match result {
            Ok(value) => delivered.push(value),
            Err(Failed::Page(problem)) => problems.push(problem),
            Err(Failed::Deliver(error)) => return Err(error),
        }
    }
    if problems.is_empty() {
        Ok(delivered)
    } else {
        Err(BuildError::Content(problems))
    }
}

/// One page to render.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Job {
    /// The front page.
    Front,
    /// A compact's page.
    Compact(usize),
    /// A principle's page: (compact, principle).
    Principle(usize, usize),
    /// The matrix.
    Compare,
    /// One topic compared.
    Topic(usize),
    /// The timeline.
    Timeline,
    /// The 404 page.
    NotFound,
    /// The accessibility statement.
    Accessibility,
    /// The search page.
    Search,
}

struct Renderer<'a> {
    site: &'a Site,
    views: &'a Views<'a>,
    matrix: &'a Matrix,
}

impl Renderer<'_> {
    fn page(&self, job: Job) -> Result<Page, Problem> {
        match job {
            Job::Front => self.front(),
            Job::Compact(ci) => self.compact(ci),
            Job::Principle(ci, pi) => self.principle(ci, pi),
            Job::Compare => self.compare(),
            Job::Topic(ti) => self.topic(ti),
            Job::Timeline => self.timeline(),
            Job::NotFound => self.not_found(),
            Job::Accessibility => self.accessibility(),
            Job::Search => self.search(),
        }
    }

    fn common(
        &self,
        path: &str,
        title: String,
        description: String,
        section: &'static str,
        crumbs: Vec<Link>,
    ) -> Common<'_> {
        let depth = path.matches('/').count();
        let words = self.views.words();
        let theme = &self.site.theme;
        let mut breadcrumbs = vec![Link {
            title: self.views.t("home"),
            path: "index.html".to_owned(),
        }];
        breadcrumbs.extend(crumbs);
        Common {
            lang: self.site.config.language.code(),
            site_title: &self.site.config.title,
            t: theme.reads_strings.then_some(&theme.strings),
            root: "../".repeat(depth),
            title,
            description,
            canonical: format!("{}{}", self.site.config.base_url, paths::pretty(path)),
            section,
            breadcrumbs,
            nav: Nav {
                home: "index.html".to_owned(),
                compare: paths::compare(words),
                timeline: paths::timeline(words),
                json: words.json.to_owned(),
                csv: words.csv.to_owned(),
                feed: "feed.xml".to_owned(),
                search: paths::search(words),
                accessibility: paths::accessibility(words),
            },
            organisation: self.site.config.organisation.as_deref(),
            logo: self.site.config.logo.as_deref(),
        }
    }

    fn render<T: Serialize>(
        &self,
        template: &str,
        path: String,
        common: Common<'_>,
        data: T,
    ) -> Result<Page, Problem> {
        let root = common.root.clone();
        let html =
            self.site
                .theme
                .render(template, &Ctx { common, data }, self.site.config.language)?;
        let html = crate::markdown::place(html, &root);
        Ok(Page {
            path,
            bytes: html.into_bytes(),
        })
    }

    fn front(&self) -> Result<Page, Problem> {
        #[derive(Serialize)]
        struct Data<'a> {
            body_html: &'a str,
            compacts: &'a [CompactSummary],
            topic_count: usize,
        }
        let front = &self.site.content.front;
        let title = front
            .title
            .clone()
            .unwrap_or_else(|| self.site.config.title.clone());
        let description = front
            .description
            .clone()
            .or_else(|| self.site.config.description.clone())
            .unwrap_or_else(|| title.clone());
        let path = "index.html".to_owned();
        let mut common = self.common(&path, title, description, "home", Vec::new());
        common.breadcrumbs.clear();
        self.render(
            "index.html",
            path,
            common,
            Data {
                body_html: &front.body_html,
                compacts: &self.views.compacts,
                topic_count: self.site.content.topics.len(),
            },
        )
    }

    fn compact(&self, ci: usize) -> Result<Page, Problem> {
        #[derive(Serialize)]
        struct EventView<'a> {
            date: DateView,
            text: &'a str,
        }
        #[derive(Serialize)]
        struct SourceView<'a> {
            title: &'a str,
            date: Option<DateView>,
            dnr: Option<&'a str>,
            url: Option<&'a str>,
        }
        #[derive(Serialize)]
        struct Data<'a> {
            compact: &'a CompactSummary,
            body_html: &'a str,
            principles: Vec<PrincipleView<'a>>,
            endorsed: Vec<PrincipleView<'a>>,
            timeline: Vec<EventView<'a>>,
            contacts: &'a [Contact],
            sources: Vec<SourceView<'a>>,
        }
        let compact = &self.site.content.compacts[ci];
        let summary = &self.views.compacts[ci];
        let path = paths::compact(&compact.slug);
        let description = compact
            .summary
            .clone()
            .unwrap_or_else(|| compact.title.clone());
        let common = self.common(&path, compact.title.clone(), description, "", Vec::new());
        self.render(
            "compact.html",
            path,
            common,
            Data {
                compact: summary,
                body_html: &compact.body_html,
                principles: compact
                    .principles
                    .iter()
                    .map(|p| self.views.principle(compact, p))
                    .collect(),
                endorsed: self.views.endorsed_principles(self.matrix, ci),
                timeline: compact
                    .timeline
                    .iter()
                    .map(|e| EventView {
                        date: self.views.date_view(e.date),
                        text: &e.text,
                    })
                    .collect(),
                contacts: &compact.contacts,
                sources: compact
                    .sources
                    .iter()
                    .map(|s: &Source| SourceView {
                        title: &s.title,
                        date: s.date.map(|d| self.views.date_view(d)),
                        dnr: s.dnr.as_deref(),
                        url: s.url.as_deref(),
                    })
                    .collect(),
            },
        )
    }

    fn principle(&self, ci: usize, pi: usize) -> Result<Page, Problem> {
        #[derive(Serialize)]
        struct Wording<'a> {
            principle: PrincipleView<'a>,
            /// The compact that takes it over through `endorses`, if it is not its own.
            via: Option<Link>,
        }
        #[derive(Serialize)]
        struct TopicWordings<'a> {
            topic: Link,
            wordings: Vec<Wording<'a>>,
            /// Compacts covering the topic that are not quoted here.
            more: usize,
        }
        #[derive(Serialize)]
        struct Data<'a> {
            compact: &'a CompactSummary,
            principle: PrincipleView<'a>,
            comparisons: Vec<TopicWordings<'a>>,
        }
        let content = &self.site.content;
        let compact = &content.compacts[ci];
        let principle = &compact.principles[pi];
        let path = paths::principle(&compact.slug, &principle.slug);
        let description = &principle.body_text;
        let title = format!("{} – {}", principle.title, compact.municipality);
        let crumbs = vec![Link {
            title: compact.municipality.clone(),
            path: paths::compact(&compact.slug),
        }];
        let common = self.common(&path, title, truncate(description, 160), "", crumbs);
        let comparisons = principle
            .topics
            .iter()
            .filter_map(|id| content.topics.iter().position(|t| &t.id == id))
            .map(|ti| {
                let quotes = self.matrix.quotes(ci, ti, QUOTED_ON_PRINCIPLE_PAGE);
                let wordings: Vec<Wording> = quotes
                    .first
                    .iter()
                    .map(|&(r, via)| Wording {
                        principle: self.views.principle_ref(r),
                        via: via.map(|o| self.views.compact_link(o)),
                    })
                    .collect();
                TopicWordings {
                    topic: self.views.topic_link(&content.topics[ti]),
                    more: quotes.total - wordings.len(),
                    wordings,
                }
            })
            .collect();
        self.render(
            "principle.html",
            path,
            common,
            Data {
                compact: &self.views.compacts[ci],
                principle: self.views.principle(compact, principle),
                comparisons,
            },
        )
    }

    fn compare(&self) -> Result<Page, Problem> {
        #[derive(Serialize)]
        struct TopicHeader {
            id: String,
            name: String,
            path: String,
            count: usize,
        }
        #[derive(Serialize)]
        struct Row<'a> {
            compact: &'a CompactSummary,
            count: usize,
            cells: Vec<CellView>,
            /// The row's id when it is the first of its initial letter in the letter index.
            anchor: Option<String>,
        }
        #[derive(Serialize)]
        struct Data<'a> {
            topics: Vec<TopicHeader>,
            rows: Vec<Row<'a>>,
            /// Links to the first row of each initial letter, on long matrices.
            letters: Vec<Link>,
        }
        let content = &self.site.content;
        let words = self.views.words();
        let path = paths::compare(words);
        let title = self.views.t("compare_title");
        let common = self.common(
            &path,
            title,
            self.views.t("compare_description"),
            "compare",
            Vec::new(),
        );
        let topics = content
            .topics
            .iter()
            .zip(&self.matrix.topic_counts)
            .map(|(t, &count)| TopicHeader {
                id: t.id.clone(),
                name: t.name.clone(),
                path: paths::topic(words, &t.id),
                count,
            })
            .collect();
        let (letters, anchors) = letter_index(&self.views.compacts);
        let rows = self
            .matrix
            .cells
            .iter()
            .zip(anchors)
            .enumerate()
            .map(|(ci, (cells, anchor))| Row {
                compact: &self.views.compacts[ci],
                count: self.matrix.compact_counts[ci],
                cells: cells.iter().map(|c| self.views.cell(c)).collect(),
                anchor,
            })
            .collect();
        self.render(
            "compare.html",
            path,
            common,
            Data {
                topics,
                rows,
                letters,
            },
        )
    }

    fn topic(&self, ti: usize) -> Result<Page, Problem> {
        #[derive(Serialize)]
        struct Entry<'a> {
            compact: &'a CompactSummary,
            own: Vec<PrincipleView<'a>>,
            endorsed: Vec<PrincipleView<'a>>,
        }
        #[derive(Serialize)]
        struct Data<'a> {
            topic: &'a crate::content::Topic,
            entries: Vec<Entry<'a>>,
            missing: Vec<&'a CompactSummary>,
        }
        let content = &self.site.content;
        let topic = &content.topics[ti];
        let words = self.views.words();
        let path = paths::topic(words, &topic.id);
        let crumbs = vec![Link {
            title: self.views.t("compare_title"),
            path: paths::compare(words),
        }];
        let description = if topic.description.is_empty() {
            topic.name.clone()
        } else {
            topic.description.clone()
        };
        let common = self.common(&path, topic.name.clone(), description, "compare", crumbs);
        let mut entries = Vec::new();
        let mut missing = Vec::new();
        for (ci, row) in self.matrix.cells.iter().enumerate() {
            let cell = &row[ti];
            if cell.is_empty() {
                missing.push(&self.views.compacts[ci]);
            } else {
                entries.push(Entry {
                    compact: &self.views.compacts[ci],
                    own: cell
                        .own
                        .iter()
                        .map(|&r| self.views.principle_ref(r))
                        .collect(),
                    endorsed: cell
                        .endorsed
                        .iter()
                        .map(|&r| self.views.principle_ref(r))
                        .collect(),
                });
            }
        }
        self.render(
            "topic.html",
            path,
            common,
            Data {
                topic,
                entries,
                missing,
            },
        )
    }

    fn timeline(&self) -> Result<Page, Problem> {
        #[derive(Serialize)]
        struct Entry<'a> {
            date: DateView,
            compact: &'a CompactSummary,
            text: &'a str,
        }
        #[derive(Serialize)]
        struct Year<'a> {
            year: u16,
            entries: Vec<Entry<'a>>,
        }
        #[derive(Serialize)]
        struct Data<'a> {
            compacts: &'a [CompactSummary],
            years: Vec<Year<'a>>,
        }
        let content = &self.site.content;
        let words = self.views.words();
        let path = paths::timeline(words);
        let common = self.common(
            &path,
            self.views.t("timeline_title"),
            self.views.t("timeline_description"),
            "timeline",
            Vec::new(),
        );
        let mut years: Vec<Year<'_>> = Vec::new();
        for entry in compare::timeline(content) {
            let event = &content.compacts[entry.compact].timeline[entry.event];
            let view = Entry {
                date: self.views.date_view(entry.date),
                compact: &self.views.compacts[entry.compact],
                text: &event.text,
            };
            match years.last_mut() {
                Some(year) if year.year == entry.date.year => year.entries.push(view),
                _ => years.push(Year {
                    year: entry.date.year,
                    entries: vec![view],
                }),
            }
        }
        self.render(
            "timeline.html",
            path,
            common,
            Data {
                compacts: &self.views.compacts,
                years,
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
            digg_url: &'static str,
        }
        let facts = &self.site.config.accessibility;
        let date = |text: &Option<String>| {
            text.as_deref()
                .and_then(crate::content::PartialDate::parse)
                .map(|d| self.views.date_view(d))
        };
        let words = self.views.words();
        let path = paths::accessibility(words);
        let title = self.views.t("a11y_title");
        let common = self.common(&path, title.clone(), title, "", Vec::new());
        self.render(
            "accessibility.html",
            path,
            common,
            Data {
                publisher: self
                    .site
                    .config
                    .organisation
                    .as_deref()
                    .unwrap_or(&self.site.config.title),
                compliance: facts.compliance.map(|c| {
                    self.views.t(match c {
                        crate::config::Compliance::Helt => "a11y_compliance_helt",
                        crate::config::Compliance::Delvis => "a11y_compliance_delvis",
                        crate::config::Compliance::Inte => "a11y_compliance_inte",
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
            compacts: &'a [CompactSummary],
            index: &'static str,
        }
        let words = self.views.words();
        let path = paths::search(words);
        let title = self.views.t("search_title");
        let common = self.common(
            &path,
            title.clone(),
            self.views.t("search_description"),
            "search",
            Vec::new(),
        );
        self.render(
            "search.html",
            path,
            common,
            Data {
                topics: self
                    .site
                    .content
                    .topics
                    .iter()
                    .map(|t| self.views.topic_link(t))
                    .collect(),
                compacts: &self.views.compacts,
                index: crate::search::INDEX_FILE,
            },
        )
    }

    /// The 404 page is served at any depth, so its links start from the site's own path.
    fn not_found(&self) -> Result<Page, Problem> {
        let path = "404.html".to_owned();
        let mut common = self.common(
            &path,
            self.views.t("not_found_title"),
            self.views.t("not_found_title"),
            "",
            Vec::new(),
        );
        common.root = base_path(&self.site.config.base_url);
        common.breadcrumbs.clear();
        self.render("404.html", path, common, ())
    }
}

/// From how many compacts the matrix gets an index of initial letters.
pub const LETTER_INDEX_FROM: usize = 30;

/// The index of initial letters of a long matrix: a link to the first row of each letter, and
/// each row's id when it is such a first row. The national compacts, first in the list, are
/// left out.
fn letter_index(compacts: &[CompactSummary]) -> (Vec<Link>, Vec<Option<String>>) {
    let mut letters: Vec<Link> = Vec::new();
    let mut anchors = vec![None; compacts.len()];
    if compacts.len() < LETTER_INDEX_FROM {
        return (letters, anchors);
    }
    for (anchor, compact) in anchors.iter_mut().zip(compacts) {
        let Some(initial) = compact.municipality.chars().next() else {
            continue;
        };
        let letter: String = initial.to_uppercase().collect();
        if compact.kind == "nationell" || letters.last().is_some_and(|l| l.title == letter) {
            continue;
        }
        let id = format!("rad-{}", letters.len() + 1);
        letters.push(Link {
            title: letter,
            path: format!("#{id}"),
        });
        *anchor = Some(id);
    }
    (letters, anchors)
}

/// DIGG's form for reporting a public website's lack of accessibility.
const DIGG_COMPLAINT_FORM: &str = "https://www.digg.se/tdosanmalan";

/// The path part of the base URL: `https://a.se/x/` → `/x/`.
fn base_path(base_url: &str) -> String {
    let without_scheme = base_url
        .split_once("://")
        .map_or(base_url, |(_, rest)| rest);
    match without_scheme.find('/') {
        Some(at) => without_scheme[at..].to_owned(),
        None => "/".to_owned(),
    }
}

/// At most `max` characters, cut at a word, with an ellipsis when cut.
pub fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}…")
}
