//! Every file of the site as a [`Job`]: where it goes, whether search engines are told of
//! it, and the list of them all.

use crate::compare::GroupKey;
use crate::content::{CompactId, PrincipleId, TopicId};
use crate::reads::Reader;
use crate::terms::{key_name, Key};
use crate::urls::{self, Words};
use crate::views::{groups::group_slug, split};

/// One file of the site to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Job {
    /// The front page.
    Front,
    /// The matrix.
    Compare,
    /// The timeline.
    Timeline,
    /// The 404 page.
    NotFound,
    /// The accessibility statement.
    Accessibility,
    /// The search page.
    Search,
    /// A county's matrix, on a site split by county.
    County(GroupKey),
    /// A county's timeline, on a site split by county.
    TimelineIn(GroupKey),
    /// The easy-to-read version of a compact, or of the front page (`None`).
    Easy(Option<CompactId>),
    /// A compact's page.
    Compact(CompactId),
    /// A principle's page.
    Principle(PrincipleId),
    /// One topic compared.
    Topic(TopicId),
    /// One topic in one county, on a site split by county.
    TopicIn(TopicId, GroupKey),
    /// The overview of every compact's living parts.
    Overview,
    /// One county's part of the overview, on a site split by county.
    OverviewIn(GroupKey),
    /// A compact's earlier versions.
    Versions(CompactId),
    /// One earlier version of a compact, by its place among them.
    Version(CompactId, u16),
    /// A page of a compact's signatories, by name (0 the first).
    Signatories(CompactId, u16),
    /// A page of a compact's signatories, by the date they joined.
    SignatoriesByDate(CompactId, u16),
    /// A compact's action plan.
    Plan(CompactId),
    /// The open data of signatories, as CSV.
    SignatoriesCsv,
    /// The open data, as JSON.
    Json,
    /// The open data, as CSV.
    Csv,
    /// The catalog of the open data (DCAT-AP-SE), for Sweden's data portal.
    Catalog,
    /// The sitemap.
    Sitemap,
    /// The Atom feed.
    Feed,
    /// `robots.txt`.
    Robots,
    /// The topics, for search.
    SearchTopics,
    /// What search results show of a compact.
    SearchCompact(CompactId),
    /// One part of the search index: the words starting with two letters.
    SearchPart(Key),
}

impl Job {
    /// Where the file goes in the output.
    pub(crate) fn path(self, r: &Reader<'_>, words: Words) -> String {
        match self {
            Job::Front => "index.html".to_owned(),
            Job::Compare => urls::compare(words),
            Job::Timeline => urls::timeline(words),
            Job::NotFound => urls::NOT_FOUND.to_owned(),
            Job::Accessibility => urls::accessibility(words),
            Job::Search => urls::search(words),
            Job::County(g) => urls::county(words, &group_slug(g, words)),
            Job::TimelineIn(g) => urls::timeline_in(words, &group_slug(g, words)),
            Job::Easy(Some(c)) => urls::compact_easy(words, r.slug(c)),
            Job::Easy(None) => urls::front_easy(words),
            Job::Compact(c) => urls::compact(r.slug(c)),
            Job::Principle(p) => urls::principle(r.slug(p.compact), r.title(p).slug),
            Job::Topic(t) => urls::topic(words, &r.topic(t).id),
            Job::TopicIn(t, g) => urls::topic_in(words, &r.topic(t).id, &group_slug(g, words)),
            Job::Overview => urls::overview(words),
            Job::OverviewIn(g) => urls::overview_in(words, &group_slug(g, words)),
            Job::Versions(c) => urls::versions(words, r.slug(c)),
            Job::Version(c, i) => {
                let date = r
                    .parts(c)
                    .versions
                    .get(usize::from(i))
                    .map(|d| d.to_string());
                urls::version(words, r.slug(c), &date.unwrap_or_default())
            }
            Job::Signatories(c, page) => urls::signatories_page(words, r.slug(c), false, page),
            Job::SignatoriesByDate(c, page) => urls::signatories_page(words, r.slug(c), true, page),
            Job::Plan(c) => urls::plan(words, r.slug(c)),
            Job::SignatoriesCsv => words.signatories_csv.to_owned(),
            Job::Json => words.json.to_owned(),
            Job::Csv => words.csv.to_owned(),
            Job::Catalog => words.catalog.to_owned(),
            Job::Sitemap => urls::SITEMAP.to_owned(),
            Job::Feed => urls::FEED.to_owned(),
            Job::Robots => urls::ROBOTS.to_owned(),
            Job::SearchTopics => urls::SEARCH_TOPICS.to_owned(),
            Job::SearchCompact(c) => urls::search_compact(c.index()),
            Job::SearchPart(key) => urls::search_part(&key_name(key)),
        }
    }

    /// Whether search engines are told of the page. Every kind of file must say.
    pub(super) fn in_sitemap(self) -> bool {
        match self {
            Job::Front
            | Job::Compare
            | Job::Timeline
            | Job::County(_)
            | Job::TimelineIn(_)
            | Job::Compact(_)
            | Job::Principle(_)
            | Job::Topic(_)
            | Job::TopicIn(..)
            | Job::Easy(_)
            | Job::Overview
            | Job::OverviewIn(_)
            | Job::Versions(_)
            | Job::Version(..)
            | Job::Signatories(..)
            | Job::Plan(_) => true,
            // The same list in another order is no page of its own for search engines.
            Job::SignatoriesByDate(..) | Job::SignatoriesCsv => false,
            Job::NotFound
            | Job::Accessibility
            | Job::Search
            | Job::Json
            | Job::Csv
            | Job::Catalog
            | Job::Sitemap
            | Job::Feed
            | Job::Robots
            | Job::SearchTopics
            | Job::SearchCompact(_)
            | Job::SearchPart(_) => false,
        }
    }
}

/// Every file of the site, in the order the sitemap lists pages. A site split by county has
/// a matrix, a timeline and a page per topic for each county that has compacts.
pub(crate) fn jobs(r: &Reader<'_>) -> Vec<Job> {
    let mut jobs = vec![
        Job::Front,
        Job::Compare,
        Job::Timeline,
        Job::NotFound,
        Job::Accessibility,
        Job::Search,
    ];
    let counties: Vec<GroupKey> = if split(r) {
        r.groups()
            .into_iter()
            .map(|(key, _)| key)
            .filter(|&key| key != GroupKey::National)
            .collect()
    } else {
        Vec::new()
    };
    for &g in &counties {
        jobs.extend([Job::County(g), Job::TimelineIn(g)]);
    }
    if r.has_easy(None) {
        jobs.push(Job::Easy(None));
    }
    for c in r.ids() {
        jobs.push(Job::Compact(c));
        if r.has_easy(Some(c)) {
            jobs.push(Job::Easy(Some(c)));
        }
        jobs.extend(r.outline(c).into_iter().map(|(p, _)| Job::Principle(p)));
        let parts = r.parts(c);
        if !parts.versions.is_empty() {
            jobs.push(Job::Versions(c));
            jobs.extend((0..parts.versions.len() as u16).map(|i| Job::Version(c, i)));
        }
        for page in 0..parts.signatory_pages {
            jobs.extend([Job::Signatories(c, page), Job::SignatoriesByDate(c, page)]);
        }
        if parts.plan {
            jobs.push(Job::Plan(c));
        }
    }
    for t in r.topic_ids() {
        jobs.push(Job::Topic(t));
        jobs.extend(counties.iter().map(|&g| Job::TopicIn(t, g)));
    }
    jobs.push(Job::Overview);
    jobs.extend(counties.iter().map(|&g| Job::OverviewIn(g)));
    jobs.extend([
        Job::Json,
        Job::Csv,
        Job::SignatoriesCsv,
        Job::Catalog,
        Job::Sitemap,
        Job::Feed,
        Job::Robots,
        Job::SearchTopics,
    ]);
    jobs.extend(r.ids().map(Job::SearchCompact));
    jobs.extend(r.keys().into_iter().map(Job::SearchPart));
    jobs
}
