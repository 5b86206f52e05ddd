//! The status and timeline of every process: a chart of every compact on one time axis,
//! the status table, and the events year by year as the chart's text alternative. On a site
//! split by county, the timeline's page holds the national compact and the counties' statuses,
//! and each county has a timeline of its own, of its processes' milestones.

use serde::Serialize;

use super::chart::{self, Cap, Lane, Mark, Row, Texts};
use super::compare::counties;
use super::family::{Family, Nav, Place};
use super::{About, Ctx};
use crate::compare::{GroupKey, Happening};
use crate::content::{CompactId, Status};
use crate::diagnostics::Problem;
use crate::output::Page;
use crate::reads::Reader;
use crate::urls::{self, Words};
use crate::views::groups::group_slug;
use crate::views::{split, truncate, whole_and_summed, CompactSummary, DateView, GroupView, Link};

/// The timeline, or (`Some`) a county's, on a site split by county.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TimelineJob(pub(crate) Option<GroupKey>);

impl Family for TimelineJob {
    fn list(r: &Reader<'_>, add: &mut dyn FnMut(Self)) {
        add(TimelineJob(None));
        for county in counties(r) {
            add(TimelineJob(Some(county)));
        }
    }

    fn place(self) -> Place {
        match self.0 {
            None => Place::Site(2),
            Some(g) => Place::County(g, 1),
        }
    }

    fn path(self, _: &Reader<'_>, words: Words) -> String {
        match self.0 {
            None => urls::timeline(words),
            Some(g) => urls::timeline_in(words, &group_slug(g, words)),
        }
    }

    fn in_sitemap(self) -> bool {
        true
    }

    fn nav(words: Words, nav: &mut Nav) {
        nav.insert("timeline", urls::timeline(words));
    }

    fn make(self, page: &Ctx<'_, '_>) -> Result<Page, Problem> {
        match self.0 {
            None => page.timeline(),
            Some(g) => page.timeline_in(g),
        }
    }
}

#[derive(Serialize)]
struct Entry<'a> {
    /// The id the chart's mark links to.
    anchor: String,
    date: DateView,
    compact: &'a CompactSummary,
    text: String,
}

#[derive(Serialize)]
struct Year<'a> {
    year: u16,
    entries: Vec<Entry<'a>>,
}

/// A status's shape and word, for the chart's legend.
#[derive(Serialize)]
struct Symbol {
    symbol: String,
    label: String,
}

/// A county's processes by status, on a site split by county.
#[derive(Serialize)]
struct CountyStatus {
    group: GroupView,
    /// How many of its compacts have each status, in the order of the legend.
    statuses: Vec<usize>,
}

#[derive(Serialize)]
struct Data<'a> {
    compacts: Vec<&'a CompactSummary>,
    years: Vec<Year<'a>>,
    chart: Option<String>,
    /// The chart laid out for a phone, shown instead of the wide one on a narrow screen.
    chart_narrow: Option<String>,
    legend: Vec<Symbol>,
    /// How a line ends, for the legend: in force (an arrow), stopped (a stroke across).
    caps: [String; 2],
    counties: Vec<CountyStatus>,
    county: Option<GroupView>,
}

impl Ctx<'_, '_> {
    /// The timeline: every compact, or on a site split by county the national compact and
    /// the counties' statuses.
    fn timeline(&self) -> Result<Page, Problem> {
        let (r, views) = (self.r, self.views);
        let (groups, summed) = whole_and_summed(r);
        let counties = summed
            .into_iter()
            .map(|(key, members)| {
                let mut group = views.group_view(key, members, true);
                group.path = urls::timeline_in(views.words(), &group.slug);
                CountyStatus {
                    group,
                    statuses: Status::ALL
                        .iter()
                        .map(|&s| members.iter().filter(|&&c| r.head(c).status == s).count())
                        .collect(),
                }
            })
            .collect();
        let title = views.t("timeline_title");
        self.timeline_page(
            About {
                title: title.clone(),
                description: views.t("timeline_description"),
                section: "timeline",
                crumbs: Vec::new(),
                title_lang: None,
            },
            &groups,
            counties,
            None,
        )
    }

    /// A county's timeline, on a site split by county.
    fn timeline_in(&self, key: GroupKey) -> Result<Page, Problem> {
        let (r, views) = (self.r, self.views);
        let members = r.group(key);
        let group = views.group_view(key, members, true);
        let words = views.words();
        self.timeline_page(
            About {
                title: format!("{} – {}", views.t("timeline_title"), group.name),
                description: views.t("timeline_description"),
                section: "timeline",
                crumbs: vec![Link::new(views.t("timeline_title"), urls::timeline(words))],
                title_lang: None,
            },
            &[(key, members)],
            Vec::new(),
            Some(group),
        )
    }

    fn timeline_page(
        &self,
        head: About,
        groups: &[(GroupKey, &[CompactId])],
        counties: Vec<CountyStatus>,
        county: Option<GroupView>,
    ) -> Result<Page, Problem> {
        let (r, views) = (self.r, self.views);
        let compacts: Vec<CompactId> = groups.iter().flat_map(|(_, m)| m.iter().copied()).collect();
        let milestones = split(r);
        let mut years: Vec<Year<'_>> = Vec::new();
        for entry in r.events_in(&compacts) {
            if !shown(entry.happening, milestones) {
                continue;
            }
            let view = Entry {
                anchor: anchor(r.slug(entry.compact), entry.event),
                date: views.date_view(entry.date),
                compact: views.summary(r, entry.compact),
                text: views.happening(entry.date, entry.happening),
            };
            match years.last_mut() {
                Some(year) if year.year == entry.date.year => year.entries.push(view),
                _ => years.push(Year {
                    year: entry.date.year,
                    entries: vec![view],
                }),
            }
        }
        let title = match &county {
            Some(group) => format!("{} – {}", views.t("chart_title"), group.name),
            None => views.t("chart_title"),
        };
        let description = views
            .t("chart_description")
            .replace("{}", &compacts.len().to_string());
        let rows = self.chart_rows(groups);
        let texts = Texts {
            title: &title,
            description: &description,
        };
        // The axis runs to today: a compact in force is in force now, not at its last event.
        let today = r.today();
        let chart = chart::svg(&rows, &texts, today, chart::WIDE);
        // A phone gets a chart of its own only while it stays short and the page within its
        // budget; a county of many compacts keeps the wide chart, after the table.
        let lanes = rows
            .iter()
            .filter(|row| matches!(row, Row::Lane(_)))
            .count();
        let chart_narrow = (lanes <= NARROW_LANES)
            .then(|| chart::svg(&rows, &texts, today, chart::NARROW))
            .flatten();
        let legend = Status::ALL
            .iter()
            .map(|&s| Symbol {
                symbol: chart::symbol(s),
                label: views.t(&format!("status_{}", s.key())),
            })
            .collect();
        self.html_of_the_day(
            "timeline.html",
            head,
            Data {
                compacts: compacts.iter().map(|&c| views.summary(r, c)).collect(),
                years,
                chart,
                chart_narrow,
                legend,
                caps: [Cap::Arrow, Cap::Stop].map(|cap| cap.svg(19.0, 8.0)),
                counties,
                county,
            },
        )
    }

    /// The chart's rows: each group's heading when there are several, and its lanes.
    fn chart_rows(&self, groups: &[(GroupKey, &[CompactId])]) -> Vec<Row<'_>> {
        let (r, views) = (self.r, self.views);
        let milestones = split(r);
        let mut rows = Vec::new();
        for &(key, members) in groups {
            if groups.len() > 1 {
                rows.push(Row::Heading(views.group_name(key)));
            }
            for &c in members {
                let summary = views.summary(r, c);
                let events = r
                    .events_of(c)
                    .into_iter()
                    .enumerate()
                    .filter(|&(_, (_, happening))| shown(happening, milestones))
                    .map(|(i, (date, happening))| Mark {
                        date,
                        anchor: anchor(r.slug(c), i),
                        label: format!(
                            "{}, {}: {}",
                            summary.municipality,
                            views.date_view(date).text,
                            truncate(&views.happening(date, happening), 60)
                        ),
                    })
                    .collect();
                rows.push(Row::Lane(Lane {
                    name: &summary.municipality,
                    status: r.head(c).status,
                    status_label: &summary.status_label,
                    events,
                }));
            }
        }
        rows
    }
}

/// The most lanes a chart drawn for a phone has: at 40 units a lane, about seven screens.
const NARROW_LANES: usize = 60;

/// The id of a compact's event in the list: `e-eslov-2`.
fn anchor(slug: &str, event: usize) -> String {
    format!("e-{slug}-{event}")
}

/// Whether a timeline shared by many compacts shows `happening`. On a site split by county
/// only the milestones of each process (the events written, versions adopted): its
/// follow-ups, actions done and organisations joining are on its own page, so that a
/// county's timeline grows with its compacts and not with their years.
fn shown(happening: Happening<'_>, milestones: bool) -> bool {
    !milestones || matches!(happening, Happening::Written(..) | Happening::Version(..))
}
