//! The site as pages read it, and the answer it gives to each [`Read`]: the same answer the
//! [`Reader`](super::Reader)'s accessors give, so that comparing answers before and after an
//! edit says exactly which pages show what changed.

use std::sync::Arc;

use super::Read;
use crate::compare::{events_of, Cell, GroupKey, Groups, Happening, Matrix, Quotes};
use crate::content::{
    Action, Compact, CompactId, Content, EasyText, Followups, FrontPage, Head, PartialDate,
    Principle, PrincipleId, Signatories, Text, Version,
};
use crate::terms::{Key, Share, Terms};

/// The site as pages read it: the content, its comparison, its groups and its words.
#[derive(Clone, Copy)]
pub(crate) struct Model<'a> {
    /// Everything under `content/`.
    pub(crate) content: &'a Content,
    /// The comparison made of it.
    pub(crate) matrix: &'a Matrix,
    /// The compacts by county.
    pub(crate) groups: &'a Groups,
    /// Each compact's words, for search, in content order.
    pub(crate) terms: &'a [Arc<Terms>],
}

/// A principle as a link shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Title<'a> {
    /// Its file name, in its address.
    pub(crate) slug: &'a str,
    /// Its heading.
    pub(crate) title: &'a str,
}

/// The answer to one read, for comparing before and after an edit.
#[derive(Debug, PartialEq)]
enum Answer<'a> {
    Front(&'a FrontPage),
    Head(&'a Head),
    Text(&'a Text),
    Count(usize),
    Outline(Vec<Title<'a>>),
    Principle(&'a Principle),
    Title(Title<'a>),
    Compact(&'a Compact),
    Cell(&'a Cell),
    Row(&'a [Cell]),
    Covering(&'a [CompactId]),
    Quotes(Quotes),
    Chain(&'a [CompactId]),
    Group(&'a [CompactId]),
    Keys(Vec<Key>),
    Members(Vec<CompactId>),
    Share(Option<&'a Share>),
    Events(Vec<(PartialDate, Happening)>),
    Versions(&'a [Version]),
    Signatories(&'a Signatories),
    Plan(&'a [Action]),
    Followups(&'a Followups),
    Parts(Parts),
    Language(&'a Option<String>),
    Easy(Option<&'a EasyText>),
    HasEasy(bool),
    Gone,
}

/// Which of a compact's own pages exist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Parts {
    /// The dates of its earlier versions, oldest first.
    pub(crate) versions: Vec<PartialDate>,
    /// Whether it has a list of signatories.
    pub(crate) signatories: bool,
    /// How many pages its list takes, in each order.
    pub(crate) signatory_pages: u16,
    /// Whether it has an action plan.
    pub(crate) plan: bool,
}

impl Parts {
    pub(super) fn of(compact: &Compact) -> Parts {
        Parts {
            versions: compact.versions.iter().map(|v| v.date).collect(),
            signatories: !compact.signatories.list.is_empty(),
            signatory_pages: crate::content::signatory_pages(compact.signatories.list.len()),
            plan: !compact.plan.is_empty(),
        }
    }
}

impl<'a> Model<'a> {
    pub(super) fn compact_at(self, c: CompactId) -> Option<&'a Arc<Compact>> {
        self.content.compacts.get(c.index())
    }

    fn principle(self, p: PrincipleId) -> Option<&'a Principle> {
        self.compact_at(p.compact)?
            .principles
            .get(usize::from(p.index))
    }

    fn title(self, p: PrincipleId) -> Option<Title<'a>> {
        self.principle(p).map(|principle| Title {
            slug: &principle.slug,
            title: &principle.title,
        })
    }

    pub(super) fn outline(self, c: CompactId) -> Vec<Title<'a>> {
        self.compact_at(c)
            .map(|compact| {
                compact
                    .principles
                    .iter()
                    .map(|p| Title {
                        slug: &p.slug,
                        title: &p.title,
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Every part of the search index that some compact has words in, in order.
    pub(super) fn keys(self) -> Vec<Key> {
        let mut keys: Vec<Key> = self.terms.iter().flat_map(|t| t.keys()).collect();
        keys.sort_unstable();
        keys.dedup();
        keys
    }

    /// The compacts with words in part `key`, in order.
    pub(super) fn members(self, key: Key) -> Vec<CompactId> {
        self.content
            .ids()
            .zip(self.terms)
            .filter(|(_, terms)| terms.share(key).is_some())
            .map(|(c, _)| c)
            .collect()
    }

    /// Compact `c`'s words in part `key`.
    pub(super) fn share(self, c: CompactId, key: Key) -> Option<&'a Share> {
        self.terms.get(c.index())?.share(key)
    }

    /// The compacts of group `key`.
    pub(super) fn group(self, key: GroupKey) -> &'a [CompactId] {
        self.groups.get(key)
    }

    /// The easy-to-read version of compact `of`, or of the front page.
    pub(super) fn easy(self, of: Option<CompactId>) -> Option<&'a EasyText> {
        match of {
            Some(c) => self.content.get(c).easy.as_ref(),
            None => self.content.front_easy.as_ref(),
        }
    }

    /// The answer to `read`, the same one a [`Reader`](super::Reader) gives.
    fn answer(self, read: Read) -> Answer<'a> {
        let in_range = |c: CompactId| c.index() < self.content.compacts.len();
        let topic_ok = |t: crate::content::TopicId| t.index() < self.content.topics.len();
        let known = |of: Option<CompactId>| of.is_none_or(in_range);
        match read {
            Read::Front => Answer::Front(&self.content.front),
            Read::Head(c) if in_range(c) => Answer::Head(&self.content.get(c).head),
            Read::Text(c) if in_range(c) => Answer::Text(&self.content.get(c).text),
            Read::Count(c) if in_range(c) => Answer::Count(self.content.get(c).principles.len()),
            Read::Outline(c) if in_range(c) => Answer::Outline(self.outline(c)),
            Read::Principle(p) => self.principle(p).map_or(Answer::Gone, Answer::Principle),
            Read::Title(p) => self.title(p).map_or(Answer::Gone, Answer::Title),
            Read::Compact(c) if in_range(c) => Answer::Compact(self.content.get(c)),
            Read::Cell(c, t) if in_range(c) && topic_ok(t) => Answer::Cell(self.matrix.cell(c, t)),
            Read::Row(c) if in_range(c) => Answer::Row(self.matrix.row(c)),
            Read::Covering(t) if topic_ok(t) => Answer::Covering(self.matrix.covering(t)),
            Read::Quotes(c, t, limit) if in_range(c) && topic_ok(t) => {
                Answer::Quotes(self.matrix.quotes(c, t, usize::from(limit)))
            }
            Read::Chain(c) if in_range(c) => Answer::Chain(self.matrix.chain(c)),
            Read::Group(key) => Answer::Group(self.group(key)),
            Read::Keys => Answer::Keys(self.keys()),
            Read::Members(key) => Answer::Members(self.members(key)),
            Read::Share(c, key) if in_range(c) => Answer::Share(self.share(c, key)),
            Read::Events(c) if in_range(c) => Answer::Events(events_of(self.content.get(c))),
            Read::Versions(c) if in_range(c) => Answer::Versions(&self.content.get(c).versions),
            Read::Signatories(c) if in_range(c) => {
                Answer::Signatories(&self.content.get(c).signatories)
            }
            Read::Plan(c) if in_range(c) => Answer::Plan(&self.content.get(c).plan),
            Read::Followups(c) if in_range(c) => Answer::Followups(&self.content.get(c).followups),
            Read::Parts(c) if in_range(c) => Answer::Parts(Parts::of(self.content.get(c))),
            Read::Language(c) if in_range(c) => Answer::Language(&self.content.get(c).language),
            Read::Easy(of) if known(of) => Answer::Easy(self.easy(of)),
            Read::HasEasy(of) if known(of) => Answer::HasEasy(self.easy(of).is_some()),
            _ => Answer::Gone,
        }
    }
}

/// True when `read` gives another answer in `new` than in `old`.
pub(crate) fn changed(old: Model<'_>, new: Model<'_>, read: Read) -> bool {
    if let Some(c) = read.only_of() {
        if let (Some(a), Some(b)) = (old.compact_at(c), new.compact_at(c)) {
            if Arc::ptr_eq(a, b) {
                return false;
            }
        }
    }
    if read == Read::Front && Arc::ptr_eq(&old.content.front, &new.content.front) {
        return false;
    }
    old.answer(read) != new.answer(read)
}
