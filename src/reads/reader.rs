//! The readers: a [`ContentReader`] for what is derived from the content alone, and a
//! [`Reader`] for pages, which also reads what is derived. Each notes what it is asked, when
//! asked to; their accessors are made from the table of reads (see `reads/mod.rs`), and the
//! few here are made of those.

use std::cell::RefCell;
use std::ops::Deref;

use super::model::{Base, Facts, Full, Kept};
use super::Read;
use crate::compare::{GroupKey, TimelineEntry};
use crate::content::{CompactId, Topic, TopicId};

/// A way into the content that notes every read, when asked to.
pub(crate) struct ContentReader<'a> {
    base: Base<'a>,
    log: Option<RefCell<Vec<Read>>>,
}

impl<'a> ContentReader<'a> {
    /// A reader of `base`; `record` keeps a note of every read.
    pub(crate) fn new(base: Base<'a>, record: bool) -> ContentReader<'a> {
        ContentReader {
            base,
            log: record.then(|| RefCell::new(Vec::with_capacity(16))),
        }
    }

    pub(super) fn base(&self) -> Base<'a> {
        self.base
    }

    pub(super) fn note(&self, read: Read) {
        if let Some(log) = &self.log {
            log.borrow_mut().push(read);
        }
    }

    /// Notes reads made elsewhere on this reader's behalf (a view made once and shared).
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

    /// Every compact's id, in order.
    pub(crate) fn ids(&self) -> impl Iterator<Item = CompactId> + 'a {
        (0..self.compacts() as u32).map(CompactId)
    }

    /// One topic.
    pub(crate) fn topic(&self, t: TopicId) -> &'a Topic {
        &self.topics()[t.index()]
    }

    /// Every topic's id, in order.
    pub(crate) fn topic_ids(&self) -> impl Iterator<Item = TopicId> + 'a {
        (0..self.topics().len() as u16).map(TopicId)
    }
}

impl<T> Kept<T> {
    /// The value, noting on `r` what making it read: for a value made once and shown on
    /// many pages, each of which shows what it read.
    pub(crate) fn get(&self, r: &ContentReader<'_>) -> &T {
        r.replay(self.reads());
        self.value()
    }
}

/// A page's way into the site: the content and what is derived from it, every read noted
/// when asked to.
pub(crate) struct Reader<'a> {
    content: ContentReader<'a>,
    facts: &'a Facts,
}

impl<'a> Deref for Reader<'a> {
    type Target = ContentReader<'a>;

    fn deref(&self) -> &ContentReader<'a> {
        &self.content
    }
}

impl<'a> Reader<'a> {
    /// A reader of `base` and its `facts`; `record` keeps a note of every read.
    pub(crate) fn new(base: Base<'a>, facts: &'a Facts, record: bool) -> Reader<'a> {
        Reader {
            content: ContentReader::new(base, record),
            facts,
        }
    }

    pub(super) fn full(&self) -> Full<'a> {
        Full {
            base: self.content.base,
            facts: self.facts,
        }
    }

    /// What was read, each once.
    pub(crate) fn into_reads(self) -> Vec<Read> {
        self.content.into_reads()
    }

    /// Every group that has compacts, in order, with its compacts.
    pub(crate) fn groups(&self) -> Vec<(GroupKey, &'a [CompactId])> {
        GroupKey::all()
            .map(|key| (key, self.group(key)))
            .filter(|(_, members)| !members.is_empty())
            .collect()
    }

    /// Everything that happened in the processes of `compacts` (in site order), oldest
    /// first; on one date in the order of the compacts.
    pub(crate) fn events_in(&self, compacts: &[CompactId]) -> Vec<TimelineEntry<'a>> {
        let mut all: Vec<TimelineEntry<'a>> = Vec::new();
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

    /// Every event of every compact, oldest first.
    pub(crate) fn events(&self) -> Vec<TimelineEntry<'a>> {
        let all: Vec<CompactId> = self.ids().collect();
        self.events_in(&all)
    }
}
