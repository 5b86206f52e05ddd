//! A compact's living parts: the versions before the one in force, the organisations that
//! joined, the action plan and the follow-ups. Each is read from its own file and kept apart,
//! so that pages showing one of them are rendered again only when it changes.

use serde::Serialize;

use super::{Content, Principle, Source};
use crate::date::PartialDate;
use crate::diagnostics::Problems;

/// The file of a compact's folder that holds its action plan.
pub(crate) const PLAN_FILE: &str = "plan.yaml";

/// The file of a compact's folder that lists the organisations that joined.
pub(crate) const SIGNATORIES_FILE: &str = "signatories.csv";

impl Content {
    /// The warnings about living facts without a source (see [`super::Review::unsourced`]).
    pub(crate) fn unsourced(&self) -> Problems {
        let mut all = Problems::default();
        for compact in &self.compacts {
            all.extend(compact.review.unsourced.clone());
        }
        all
    }
}

/// Where a row or an entry is written in its file (1-based), for a problem that compares it
/// with another after both are read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub(crate) struct Spot {
    /// The line.
    pub(crate) line: usize,
    /// The column, in characters; 0 when unknown.
    pub(crate) column: usize,
}

/// An earlier version of a compact, from `versions/<date>/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Version {
    /// Its date: the folder's name.
    pub(crate) date: PartialDate,
    /// Its title, when it differed from the one in force.
    pub(crate) title: Option<String>,
    /// The body that decided it.
    pub(crate) decided_by: Option<String>,
    /// What the version was, in a sentence or two.
    pub(crate) summary: Option<String>,
    /// The documents it is written from.
    pub(crate) sources: Vec<Source>,
    /// Its text, rendered; empty when the text is not available.
    pub(crate) body_html: String,
    /// Its text as the editor wrote it (for the open data).
    pub(crate) body_markdown: String,
    /// Its principles, when they are given.
    pub(crate) principles: Vec<Principle>,
    /// Its content did not change in the next version, as its sources say (`same_as_next:
    /// true`): its principles are the next version's, when it gives none of its own.
    pub(crate) same_as_next: bool,
}

/// An organisation that joined a compact, from `signatories.csv`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Signatory {
    /// The organisation's name.
    pub(crate) name: String,
    /// When it joined.
    pub(crate) joined: Option<PartialDate>,
    /// When it left, if it did.
    pub(crate) left: Option<PartialDate>,
    /// Its organisation number, `NNNNNN-NNNN`.
    pub(crate) org_number: Option<String>,
    /// Its website.
    pub(crate) url: Option<String>,
    /// Its row in `signatories.csv`.
    #[serde(skip)]
    pub(crate) at: Spot,
}

impl Signatory {
    /// Whether it had joined, and not left, on `day`: an organisation whose joining is
    /// planned for a later date is not counted before it.
    pub(crate) fn member_on(&self, day: PartialDate) -> bool {
        let left = self.left.is_some_and(|l| !day.is_before(l));
        !self.joins_after(day) && !left
    }

    /// Whether its joining is planned: dated after `day`.
    pub(crate) fn joins_after(&self, day: PartialDate) -> bool {
        self.joined.is_some_and(|j| day.is_before(j))
    }
}

/// A published number of signatories, where no list is published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct SignatoryCount {
    /// How many had joined.
    pub(crate) count: u32,
    /// As of when.
    pub(crate) date: PartialDate,
    /// Where the number is published.
    pub(crate) source: Option<String>,
    /// The source's address.
    pub(crate) url: Option<String>,
}

/// Who joined a compact: the list, the published counts, and where the full list is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Signatories {
    /// The organisations, in the file's order.
    pub(crate) list: Vec<Signatory>,
    /// Published counts, oldest first.
    pub(crate) counts: Vec<SignatoryCount>,
    /// Where the list comes from.
    pub(crate) source: Option<Source>,
    /// Whether the list is known to be every organisation that joined (`signatories_complete`);
    /// a partial list says so wherever it is shown.
    pub(crate) complete: bool,
    /// Where the full list is kept, when the site's is partial and that is known.
    pub(crate) full_list: Option<Source>,
    /// The list in Swedish order of names, as places in `list`: made once when it is read,
    /// so that each of a long list's pages takes its part without sorting it again.
    pub(crate) by_name: Vec<u32>,
    /// The list by date joined, newest first, the undated last by name.
    pub(crate) by_date: Vec<u32>,
    /// How many are members, have left and join later, on the day the list was read: each
    /// of a long list's pages says so without counting it again.
    pub(crate) tally: Tally,
}

/// A list's organisations counted on one day.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Tally {
    /// Joined, and not left.
    pub(crate) members: usize,
    /// Left.
    pub(crate) left: usize,
    /// Joining on a later day.
    pub(crate) planned: usize,
}

impl Default for Signatories {
    fn default() -> Signatories {
        Signatories {
            list: Vec::new(),
            counts: Vec::new(),
            source: None,
            complete: true,
            full_list: None,
            by_name: Vec::new(),
            by_date: Vec::new(),
            tally: Tally::default(),
        }
    }
}

/// How many organisations a page of a list shows: a page of 500 rows weighs about 100 KB,
/// a third of what a page may weigh, so no page of a list grows with it.
pub(crate) const SIGNATORIES_PER_PAGE: usize = 500;

/// How many pages a list of `rows` takes, in each order.
pub(crate) fn signatory_pages(rows: usize) -> u16 {
    u16::try_from(rows.div_ceil(SIGNATORIES_PER_PAGE)).unwrap_or(u16::MAX)
}

impl Signatories {
    /// Puts the list in its two orders, each name's sort key made once, and counts it on
    /// `day`.
    pub(crate) fn order(&mut self, day: PartialDate) {
        self.tally = Tally {
            members: self.current(day),
            left: self.list.iter().filter(|s| s.left.is_some()).count(),
            planned: self.list.iter().filter(|s| s.joins_after(day)).count(),
        };
        let keys: Vec<Vec<u32>> = self
            .list
            .iter()
            .map(|s| crate::content::swedish_key(&s.name))
            .collect();
        let mut by_name: Vec<u32> = (0..self.list.len() as u32).collect();
        by_name.sort_by(|&a, &b| keys[a as usize].cmp(&keys[b as usize]));
        let mut by_date = by_name.clone();
        // Stable: on one date, and among the undated, the names stay in order.
        by_date.sort_by_key(|&i| std::cmp::Reverse(self.list[i as usize].joined));
        self.by_name = by_name;
        self.by_date = by_date;
    }

    /// The organisations that had joined on `day` and had not left.
    pub(crate) fn current(&self, day: PartialDate) -> usize {
        self.list.iter().filter(|s| s.member_on(day)).count()
    }

    /// The newest published count, if any.
    pub(crate) fn latest_count(&self) -> Option<&SignatoryCount> {
        self.counts.iter().max_by_key(|c| c.date)
    }
}

/// Where an action of the plan stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum ActionStatus {
    /// Not begun.
    Planned,
    /// Under way.
    Ongoing,
    /// Done.
    Done,
    /// Given up.
    Dropped,
}

impl ActionStatus {
    /// Every status, in the order the plan page shows them.
    pub(crate) const ALL: [ActionStatus; 4] = [
        ActionStatus::Ongoing,
        ActionStatus::Planned,
        ActionStatus::Done,
        ActionStatus::Dropped,
    ];

    /// The word used in `plan.yaml`.
    pub(crate) fn key(self) -> &'static str {
        match self {
            ActionStatus::Planned => "planned",
            ActionStatus::Ongoing => "ongoing",
            ActionStatus::Done => "done",
            ActionStatus::Dropped => "dropped",
        }
    }
}

/// One action of a compact's plan, from `plan.yaml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Action {
    /// What is to be done.
    pub(crate) title: String,
    /// Who is responsible.
    pub(crate) responsible: Option<String>,
    /// When it is due.
    pub(crate) due: Option<PartialDate>,
    /// When it was done.
    pub(crate) done: Option<PartialDate>,
    /// Where it stands.
    pub(crate) status: ActionStatus,
    /// More about it, rendered.
    #[serde(skip)]
    pub(crate) text_html: String,
    /// More about it, as written.
    #[serde(rename = "text")]
    pub(crate) text_markdown: String,
    /// Where it is written in `plan.yaml`.
    #[serde(skip)]
    pub(crate) at: Spot,
}

/// What kind of follow-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum FollowupKind {
    /// A follow-up of what has been done.
    Followup,
    /// An evaluation of the compact.
    Evaluation,
    /// The yearly meeting of the parties.
    AnnualMeeting,
}

impl FollowupKind {
    /// Every kind.
    pub(crate) const ALL: [FollowupKind; 3] = [
        FollowupKind::Followup,
        FollowupKind::Evaluation,
        FollowupKind::AnnualMeeting,
    ];

    /// The word used in front matter.
    pub(crate) fn key(self) -> &'static str {
        match self {
            FollowupKind::Followup => "followup",
            FollowupKind::Evaluation => "evaluation",
            FollowupKind::AnnualMeeting => "annual_meeting",
        }
    }
}

/// A follow-up, evaluation or yearly meeting of a compact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Followup {
    /// When.
    pub(crate) date: PartialDate,
    /// Its title, e.g. the report's.
    pub(crate) title: String,
    /// What kind it was.
    pub(crate) kind: FollowupKind,
    /// Where it is published.
    pub(crate) url: Option<String>,
    /// Where it is told of, in words, when it has no address of its own.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) source: Option<String>,
    /// More about it.
    pub(crate) text: Option<String>,
}

/// A compact's follow-ups and the cycle it promises.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Followups {
    /// The follow-ups, oldest first.
    pub(crate) list: Vec<Followup>,
    /// Every how many years the compact promises a follow-up.
    pub(crate) every_years: Option<u8>,
}

impl Followups {
    /// The newest follow-up.
    pub(crate) fn last(&self) -> Option<&Followup> {
        self.list.iter().max_by_key(|f| f.date)
    }

    /// Whether a promise of a follow-up every `years` is kept on the day `today`, the last
    /// follow-up (or, with none, the decision) being of `since`: the one reckoning of the
    /// build's warning, the compact's page and the overview.
    pub(crate) fn in_time(since: PartialDate, years: u8, today: PartialDate) -> bool {
        since.months_until(today) < i32::from(years) * 12
    }

    /// When the next follow-up is due after one (or the decision) of `since`, to the month.
    pub(crate) fn due(since: PartialDate, years: u8) -> PartialDate {
        PartialDate {
            year: since.year.saturating_add(u16::from(years)),
            month: since.month,
            day: None,
        }
    }
}

/// Parts of a compact that exist but are not published on the site (`principles_published:
/// false`, `text_published: false`): pages say "not here" of them, never "none".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub(crate) struct Unpublished {
    /// Its principles exist but are not here.
    pub(crate) principles: bool,
    /// Its text exists but is not here.
    pub(crate) text: bool,
    /// Where they are kept, when that is known (`kept_at`).
    pub(crate) kept_at: Option<Source>,
}

/// What replaced a compact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Replacement {
    /// The new agreement's title.
    pub(crate) title: String,
    /// Where it is published.
    pub(crate) url: Option<String>,
    /// Its folder, when it is a compact on the site.
    pub(crate) compact: Option<String>,
}
