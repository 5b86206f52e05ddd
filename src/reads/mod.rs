//! What a page reads of the site, recorded as it is read.
//!
//! Pages reach the content and the comparison model only through a [`Reader`], whose every
//! accessor notes a [`Read`] before it answers. After an edit, [`changed`] asks, for each
//! read some page noted, whether the answer differs between the site before and after; the
//! pages that noted a changed read are rendered again. Both sides answer through the same
//! functions ([`Model`]'s), so what a page is re-rendered for is exactly what it showed:
//! there is no second list of dependencies to keep in step with the templates.
//!
//! Ids are places in the lists of compacts and topics; the rebuild renders everything again
//! when those lists change (a compact added, removed, renamed, or a new vocabulary).

mod model;

use std::cell::RefCell;

use crate::compare::{events_of, Cell, GroupKey, Happening, Quotes, TimelineEntry};
use crate::content::{
    Action, Compact, CompactId, EasyText, Followups, FrontPage, Head, PartialDate, Principle,
    PrincipleId, Signatories, Text, Topic, TopicId, Version,
};
use crate::terms::{Key, Share};
pub(crate) use model::{changed, Model, Parts, Title};

/// One piece of the site that a page can read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Read {
    /// The front page's own text.
    Front,
    /// What lists show of a compact: its title, status, dates…
    Head(CompactId),
    /// A compact's own text, contacts and sources.
    Text(CompactId),
    /// How many principles a compact has.
    Count(CompactId),
    /// The slugs and titles of a compact's principles, in order.
    Outline(CompactId),
    /// One principle, whole.
    Principle(PrincipleId),
    /// One principle's slug and title, as a link shows it.
    Title(PrincipleId),
    /// Everything of a compact (for the open data).
    Compact(CompactId),
    /// What a compact says on a topic.
    Cell(CompactId, TopicId),
    /// What a compact says on every topic.
    Row(CompactId),
    /// The compacts covering a topic.
    Covering(TopicId),
    /// The wordings of other compacts quoted on a principle page of a compact, at most the
    /// given number.
    Quotes(CompactId, TopicId, u8),
    /// The compacts whose principles a compact takes over.
    Chain(CompactId),
    /// What happened in a compact's process: its events and those its living parts give.
    Events(CompactId),
    /// A compact's earlier versions.
    Versions(CompactId),
    /// Who joined a compact.
    Signatories(CompactId),
    /// A compact's action plan.
    Plan(CompactId),
    /// A compact's follow-ups.
    Followups(CompactId),
    /// Which of a compact's own pages exist: how many earlier versions, whether it has a
    /// list of signatories and a plan.
    Parts(CompactId),
    /// The language a compact's text is written in, when it says its own.
    Language(CompactId),
    /// The easy-to-read version of a compact, or of the front page (`None`).
    Easy(Option<CompactId>),
    /// Whether a compact, or the front page (`None`), has an easy-to-read version.
    HasEasy(Option<CompactId>),
    /// The compacts of a group (a county).
    Group(GroupKey),
    /// Which parts the search index has.
    Keys,
    /// The compacts with words in a part of the search index.
    Members(Key),
    /// A compact's words in a part of the search index.
    Share(CompactId, Key),
}

impl Read {
    /// The compact this read looks at alone, when it looks at nothing else: its answer can
    /// only change when that compact does.
    fn only_of(self) -> Option<CompactId> {
        match self {
            Read::Head(c)
            | Read::Text(c)
            | Read::Count(c)
            | Read::Outline(c)
            | Read::Compact(c)
            | Read::Events(c)
            | Read::Versions(c)
            | Read::Signatories(c)
            | Read::Plan(c)
            | Read::Followups(c)
            | Read::Parts(c) => Some(c),
            Read::Language(c) | Read::Easy(Some(c)) | Read::HasEasy(Some(c)) => Some(c),
            Read::Principle(p) | Read::Title(p) => Some(p.compact),
            Read::Share(c, _) => Some(c),
            Read::Front
            | Read::Group(_)
            | Read::Keys
            | Read::Members(_)
            | Read::Cell(..)
            | Read::Row(_)
            | Read::Covering(_)
            | Read::Quotes(..)
            | Read::Chain(_)
            | Read::Easy(None)
            | Read::HasEasy(None) => None,
        }
    }
}

/// A page's way into the site: every accessor notes what it read, when asked to.
pub(crate) struct Reader<'a> {
    model: Model<'a>,
    log: Option<RefCell<Vec<Read>>>,
}

impl<'a> Reader<'a> {
    /// A reader of `model`; `record` keeps a note of every read.
    pub(crate) fn new(model: Model<'a>, record: bool) -> Reader<'a> {
        Reader {
            model,
            log: record.then(|| RefCell::new(Vec::with_capacity(16))),
        }
    }

    fn note(&self, read: Read) {
        if let Some(log) = &self.log {
            log.borrow_mut().push(read);
        }
    }

    /// Notes reads made elsewhere on this page's behalf (a view made once and shared).
    pub(crate) fn replay(&self, reads: &[Read]) {
        if let Some(log) = &self.log {
            log.borrow_mut().extend_from_slice(reads);
        }
    }

    /// What was read, each once.
    pub(crate) fn into_reads(self) -> Vec<Read> {
        let mut reads = self.log.map(RefCell::into_inner).unwrap_or_default();
        reads.sort_unstable();
        reads.dedup();
        reads
    }

    // The lists of compacts and topics: ids depend on them, so they are the site's shape,
    // and a change to them renders every page again.

    /// Every compact's id, in order.
    pub(crate) fn ids(&self) -> impl Iterator<Item = CompactId> + 'a {
        self.model.content.ids()
    }

    /// How many compacts the site has.
    pub(crate) fn compacts(&self) -> usize {
        self.model.content.compacts.len()
    }

    /// A compact's folder name.
    pub(crate) fn slug(&self, c: CompactId) -> &'a str {
        &self.model.content.get(c).slug
    }

    /// The vocabulary.
    pub(crate) fn topics(&self) -> &'a [Topic] {
        &self.model.content.topics
    }

    /// Every topic's id, in order.
    pub(crate) fn topic_ids(&self) -> impl Iterator<Item = TopicId> + 'a {
        self.model.content.topic_ids()
    }

    /// One topic.
    pub(crate) fn topic(&self, t: TopicId) -> &'a Topic {
        self.model.content.topic(t)
    }

    // Everything else is noted.

    /// The front page's text.
    pub(crate) fn front(&self) -> &'a FrontPage {
        self.note(Read::Front);
        &self.model.content.front
    }

    /// What lists show of compact `c`.
    pub(crate) fn head(&self, c: CompactId) -> &'a Head {
        self.note(Read::Head(c));
        &self.model.content.get(c).head
    }

    /// Compact `c`'s own text.
    pub(crate) fn text(&self, c: CompactId) -> &'a Text {
        self.note(Read::Text(c));
        &self.model.content.get(c).text
    }

    /// How many principles compact `c` has.
    pub(crate) fn count(&self, c: CompactId) -> usize {
        self.note(Read::Count(c));
        self.model.content.get(c).principles.len()
    }

    /// The ids of compact `c`'s principles, with their slugs and titles.
    pub(crate) fn outline(&self, c: CompactId) -> Vec<(PrincipleId, Title<'a>)> {
        self.note(Read::Outline(c));
        let compact = self.model.content.get(c);
        compact
            .principle_ids(c)
            .zip(self.model.outline(c))
            .collect()
    }

    /// One principle, whole.
    pub(crate) fn principle(&self, p: PrincipleId) -> &'a Principle {
        self.note(Read::Principle(p));
        self.model.content.principle(p)
    }

    /// One principle's slug and title.
    pub(crate) fn title(&self, p: PrincipleId) -> Title<'a> {
        self.note(Read::Title(p));
        let principle = self.model.content.principle(p);
        Title {
            slug: &principle.slug,
            title: &principle.title,
        }
    }

    /// Everything of compact `c`.
    pub(crate) fn compact(&self, c: CompactId) -> &'a Compact {
        self.note(Read::Compact(c));
        self.model.content.get(c)
    }

    /// What compact `c` says on topic `t`.
    pub(crate) fn cell(&self, c: CompactId, t: TopicId) -> &'a Cell {
        self.note(Read::Cell(c, t));
        self.model.matrix.cell(c, t)
    }

    /// What compact `c` says on every topic.
    pub(crate) fn row(&self, c: CompactId) -> &'a [Cell] {
        self.note(Read::Row(c));
        self.model.matrix.row(c)
    }

    /// The compacts covering topic `t`.
    pub(crate) fn covering(&self, t: TopicId) -> &'a [CompactId] {
        self.note(Read::Covering(t));
        self.model.matrix.covering(t)
    }

    /// The first `limit` wordings of other compacts that a principle page of compact `c`
    /// quotes on topic `t`, and how many there are.
    pub(crate) fn quotes(&self, c: CompactId, t: TopicId, limit: u8) -> Quotes {
        self.note(Read::Quotes(c, t, limit));
        self.model.matrix.quotes(c, t, usize::from(limit))
    }

    /// The compacts whose principles compact `c` takes over.
    pub(crate) fn chain(&self, c: CompactId) -> &'a [CompactId] {
        self.note(Read::Chain(c));
        self.model.matrix.chain(c)
    }

    /// The language compact `c`'s text is written in, when it says its own.
    pub(crate) fn language(&self, c: CompactId) -> Option<&'a str> {
        self.note(Read::Language(c));
        self.model.content.get(c).language.as_deref()
    }

    /// The easy-to-read version of compact `of`, or of the front page (`None`).
    pub(crate) fn easy(&self, of: Option<CompactId>) -> Option<&'a EasyText> {
        self.note(Read::Easy(of));
        self.model.easy(of)
    }

    /// Whether compact `of`, or the front page (`None`), has an easy-to-read version.
    pub(crate) fn has_easy(&self, of: Option<CompactId>) -> bool {
        self.note(Read::HasEasy(of));
        self.model.easy(of).is_some()
    }

    /// What happened in compact `c`'s process, oldest first.
    pub(crate) fn events_of(&self, c: CompactId) -> Vec<(PartialDate, Happening)> {
        self.note(Read::Events(c));
        events_of(self.model.content.get(c))
    }

    /// Everything that happened in every compact's process, oldest first; on one date in
    /// the order of the compacts.
    /// The compacts of group `key`, in order.
    pub(crate) fn group(&self, key: GroupKey) -> &'a [CompactId] {
        self.note(Read::Group(key));
        self.model.group(key)
    }

    /// Every group that has compacts, in order, with its compacts.
    pub(crate) fn groups(&self) -> Vec<(GroupKey, &'a [CompactId])> {
        GroupKey::all()
            .map(|key| (key, self.group(key)))
            .filter(|(_, members)| !members.is_empty())
            .collect()
    }

    /// The parts of the search index, in order.
    pub(crate) fn keys(&self) -> Vec<Key> {
        self.note(Read::Keys);
        self.model.keys()
    }

    /// The compacts with words in part `key` of the search index.
    pub(crate) fn members(&self, key: Key) -> Vec<CompactId> {
        self.note(Read::Members(key));
        self.model.members(key)
    }

    /// Compact `c`'s words in part `key` of the search index.
    pub(crate) fn share(&self, c: CompactId, key: Key) -> Option<&'a Share> {
        self.note(Read::Share(c, key));
        self.model.share(c, key)
    }

    /// Every event of every compact, oldest first.
    pub(crate) fn events(&self) -> Vec<TimelineEntry> {
        let all: Vec<CompactId> = self.ids().collect();
        self.events_in(&all)
    }

    /// Everything that happened in the processes of `compacts` (in site order), oldest
    /// first; on one date in the order of the compacts.
    pub(crate) fn events_in(&self, compacts: &[CompactId]) -> Vec<TimelineEntry> {
        let mut all: Vec<TimelineEntry> = Vec::new();
        for &c in compacts {
            let events = self.events_of(c).into_iter().enumerate();
            all.extend(events.map(|(event, (date, happening))| TimelineEntry {
                date,
                compact: c,
                event,
                happening,
            }));
        }
        all.sort_by_key(|e| (e.date, e.compact, e.event));
        all
    }

    /// Compact `c`'s earlier versions.
    pub(crate) fn versions(&self, c: CompactId) -> &'a [Version] {
        self.note(Read::Versions(c));
        &self.model.content.get(c).versions
    }

    /// Who joined compact `c`.
    pub(crate) fn signatories(&self, c: CompactId) -> &'a Signatories {
        self.note(Read::Signatories(c));
        &self.model.content.get(c).signatories
    }

    /// Compact `c`'s action plan.
    pub(crate) fn plan(&self, c: CompactId) -> &'a [Action] {
        self.note(Read::Plan(c));
        &self.model.content.get(c).plan
    }

    /// Compact `c`'s follow-ups.
    pub(crate) fn followups(&self, c: CompactId) -> &'a Followups {
        self.note(Read::Followups(c));
        &self.model.content.get(c).followups
    }

    /// Which of compact `c`'s own pages exist.
    pub(crate) fn parts(&self, c: CompactId) -> Parts {
        self.note(Read::Parts(c));
        Parts::of(self.model.content.get(c))
    }
}
